"""The words the bot knows: platforms, countries, units, actions and their aliases.

Extraction and question understanding both read from here, and the store copies it into the
`vocabulary` table so a user can see (and query) exactly which spellings map to which name.
Data only, plus a few lookup helpers (and one that spells a name in plain letters); no parsing logic lives here.
"""

from __future__ import annotations

import re
import unicodedata

# Canonical platform name -> aliases (matched as whole words, case-insensitively, except where noted).
PLATFORMS: dict[str, list[str]] = {
    "Facebook": ["facebook", "fb", "meta", "meta platforms", "facebook inc"],
    "Instagram": ["instagram", "ig", "insta"],
    "Twitter": ["twitter", "x", "x corp", "twitter inc", "twittersafety", "twtr"],
    "YouTube": ["youtube", "yt"],
    "Google": ["google", "alphabet", "google tag", "threat analysis group", "tag", "google play", "play store"],
    "TikTok": ["tiktok", "tik tok", "bytedance", "tt"],
    "Reddit": ["reddit", "redditsecurity"],
    "WhatsApp": ["whatsapp"],
    "Telegram": ["telegram"],
    "LinkedIn": ["linkedin"],
    "Microsoft": ["microsoft"],
    "OpenAI": ["openai", "chatgpt"],
    "Snapchat": ["snapchat", "snap inc", "snap"],
    "Pinterest": ["pinterest"],
    "Tumblr": ["tumblr"],
    "VK": ["vk", "vkontakte"],
    "Threads": ["threads"],
    "Bluesky": ["bluesky", "bsky"],
    "Discord": ["discord"],
    "Twitch": ["twitch"],
    "Weibo": ["weibo", "sina weibo"],
    "LINE": ["line"],
    "Kwai": ["kwai", "kuaishou"],
    "Quora": ["quora"],
    "Naver": ["naver"],
    "Kakao": ["kakao", "kakaotalk"],
    "Vimeo": ["vimeo"],
    "Dailymotion": ["dailymotion"],
    "Rumble": ["rumble"],
    "Truth Social": ["truth social"],
    "Parler": ["parler"],
    "Gab": ["gab"],
    "Mastodon": ["mastodon"],
    "Odnoklassniki": ["odnoklassniki"],
    "Viber": ["viber"],
    "WeChat": ["wechat"],
    "Douyin": ["douyin"],
    "Bilibili": ["bilibili"],
    "Spotify": ["spotify"],
    "Medium": ["medium"],
    "Substack": ["substack"],
    "SoundCloud": ["soundcloud"],
    "ShareChat": ["sharechat", "share chat"],
    "Moj": ["moj"],
    "Koo": ["koo"],
    # app stores, which pull a network's apps ("Apple has pulled 17 apps from its App Store")
    "Apple": ["apple", "app store", "apple app store"],
    "Samsung": ["samsung", "galaxy store"],
    "Anthropic": ["anthropic"],
}

# The capital letters a name's word may open with in patterns, accented ones too ("Red Ágora", "Ingrid Ødegaard"):
# a character class's contents.  (Latin Extended-A alternates capitals and small letters, so its whole range stands in
# for the capitals of Central European names: "Šviesa Watch", "Łódź Monitor")
CAPITALS = "A-ZÀ-ÖØ-ÞĀ-Ž"

# Aliases too short or too common to match anywhere but as a capitalised word in running text.
CASE_SENSITIVE_ALIASES = {"x", "ig", "fb", "yt", "tt", "vk", "tag", "meta", "snap inc", "snap", "threads", "discord",
                          "twitch", "line", "rumble", "gab", "mastodon", "medium", "apple", "app store",
                          "play store"}
# ...of which these are written in capitals only: "LINE", never "line" or "Line"
CAPITALS_ONLY_ALIASES = {"line"}

# Canonical country -> demonyms and other names.  The first entry after the name is the demonym.
_COUNTRY_ROWS = """
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Andorra|Andorran
Angola|Angolan|Luanda
Antigua and Barbuda|Antiguan
Argentina|Argentine|Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Aussie|Aussies|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Azeri|Baku
Bahamas|Bahamian|Nassau
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka|Chittagong|Chattogram
Barbados|Barbadian|Bridgetown
Belarus|Belarusian|Minsk
Belgium|Belgian
Belize|Belizean|Belmopan
Benin|Beninese|Cotonou
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina|Bosnian|Bosnia|Bosnia-Herzegovina|Sarajevo
Botswana|Motswana|Batswana|Gaborone
Brazil|Brazilian|Brasília|Brasilia|São Paulo|Sao Paulo|Rio de Janeiro|Porto Alegre|Recife|Belo Horizonte
Brunei|Bruneian|Bandar Seri Begawan
Bulgaria|Bulgarian
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega|Bujumbura
Cabo Verde|Cape Verdean|Cape Verde
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaoundé|Yaounde|Douala
Canada|Canadian|Ottawa
Central African Republic|Central African|CAR|Bangui
Chad|Chadian|N'Djamena
Chile|Chilean
China|Chinese|PRC|CN|People's Republic of China|Beijing|Shanghai|Shenzhen|Guangzhou
|Wuhan|Chengdu|Tianjin|Chongqing|Xiamen|Hangzhou|Nanjing
Colombia|Colombian|Bogotá|Bogota|Medellín|Medellin|Barranquilla
Comoros|Comorian
Costa Rica|Costa Rican
Côte d'Ivoire|Ivorian|Ivory Coast|Cote d'Ivoire|Abidjan
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Czechia|Prague
Democratic Republic of the Congo|Congolese|DRC|Kinshasa|Congo
Denmark|Danish|Copenhagen
Djibouti|Djiboutian
Dominican Republic|Dominican|Santo Domingo
Ecuador|Ecuadorian|Ecuadorean|Quito|Guayaquil
Egypt|Egyptian|Cairo
El Salvador|Salvadoran|San Salvador
Equatorial Guinea|Equatoguinean
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Eswatini|Swazi|Swaziland
Ethiopia|Ethiopian|Addis Ababa
Fiji|Fijian|Suva
Finland|Finnish|Helsinki
France|French|Paris
Gabon|Gabonese|Libreville
Gambia|Gambian|Banjul
Georgia|Georgian|Tbilisi|Batumi
Germany|German|Berlin
Ghana|Ghanaian|Accra|Kumasi
Greece|Greek|Athens
Grenada|Grenadian
Guatemala|Guatemalan|Guatemala City
Guinea|Guinean|Conakry
Guinea-Bissau|Bissau-Guinean
Guyana|Guyanese
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hong Kong|Hongkonger|HK|HKSAR
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi|Mumbai|Bengaluru|Bangalore|Chennai|Kolkata|Delhi|Pune|Ahmedabad
|Noida|Gurugram|Gurgaon|Lucknow|Jaipur|Chandigarh
Indonesia|Indonesian|Jakarta|Surabaya|Bandung|Medan|Yogyakarta
Iran|Iranian|Islamic Republic of Iran|Tehran|Isfahan|Mashhad|Tabriz|Qom|Shiraz
Iraq|Iraqi|Baghdad|Basra|Erbil|Mosul
Ireland|Irish
Israel|Israeli|Tel Aviv|Jerusalem|Haifa
Italy|Italian|Rome
Jamaica|Jamaican
Japan|Japanese|Tokyo|Osaka
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Almaty|Astana|Nur-Sultan
Kenya|Kenyan|Nairobi|Mombasa
Kiribati|I-Kiribati|Tarawa
Kosovo|Kosovar|Pristina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Laotian|Lao|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Lesotho|Basotho
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli|Benghazi
Liechtenstein|Liechtensteiner
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish
Macau|Macao|Macanese
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Malaysia|Malaysian|Kuala Lumpur
Maldives|Maldivian
Mali|Malian|Bamako
Malta|Maltese|Valletta
Mauritania|Mauritanian|Nouakchott
Marshall Islands|Marshallese|Majuro
Mauritius|Mauritian|Port Louis
Mexico|Mexican|Mexico City|Guadalajara|Monterrey|Tijuana
Moldova|Moldovan|Chisinau|Chișinău
Monaco|Monegasque
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat|Casablanca
Mozambique|Mozambican|Maputo
Myanmar|Burmese|Burma|Naypyidaw|Yangon|Mandalay
Namibia|Namibian|Windhoek
Nauru|Nauruan
Nepal|Nepali|Nepalese|Kathmandu
Netherlands|Dutch|Holland|Amsterdam|The Hague
New Caledonia|New Caledonian|Nouméa|Noumea
New Zealand|New Zealander|Kiwi|Kiwis|Auckland
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Lagos|Abuja|Kano|Ibadan|Port Harcourt
North Korea|North Korean|DPRK|NK|Pyongyang
North Macedonia|Macedonian|Macedonia|Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad|Karachi|Lahore|Rawalpindi|Peshawar|Quetta
Palau|Palauan
Palestine|Palestinian|Gaza|West Bank|Ramallah
Panama|Panamanian|Panama City
Papua New Guinea|Papua New Guinean|Port Moresby
Paraguay|Paraguayan|Asunción|Asuncion
Peru|Peruvian|Lima
Philippines|Filipino|Philippine|Manila|Cebu|Davao|Quezon City
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Puerto Rico|Puerto Rican|San Juan
Qatar|Qatari|Doha
Republic of the Congo|Congo-Brazzaville|Brazzaville
Romania|Romanian|Bucharest
Russia|Russian|Russian Federation|RU|Moscow|Kremlin|St. Petersburg|Saint Petersburg
|Novosibirsk|Yekaterinburg|Kazan|Krasnodar|Sochi|Kaliningrad
Rwanda|Rwandan|Kigali
Saint Lucia|Saint Lucian
Samoa|Samoan|Apia
San Marino|Sammarinese
Saudi Arabia|Saudi|KSA|Riyadh|Jeddah
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Seychelles|Seychellois
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Slovene|Ljubljana
Solomon Islands|Solomon Islander|Honiara
Somalia|Somali|Mogadishu
South Africa|South African|Johannesburg|Pretoria|Cape Town|Durban
South Korea|South Korean|Seoul|Korean|Republic of Korea|Busan
South Sudan|South Sudanese|Juba
Spain|Spanish|Catalan|Catalonia|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum|Omdurman
Suriname|Surinamese|Paramaribo
Sweden|Swedish|Stockholm
Switzerland|Swiss
Syria|Syrian|Damascus|Aleppo
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dar es Salaam|Dodoma
Thailand|Thai|Bangkok|Chiang Mai
Timor-Leste|Timorese|East Timor|Dili
Togo|Togolese|Lomé|Lome
Tonga|Tongan|Nuku'alofa
Trinidad and Tobago|Trinidadian|Trinidad|Port of Spain
Tunisia|Tunisian|Tunis
Turkey|Turkish|Türkiye|Turkiye|Ankara|Istanbul|Izmir|İzmir
Turkmenistan|Turkmen|Ashgabat
Tuvalu|Tuvaluan|Funafuti
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|UA|Kyiv|Kiev|Kharkiv|Lviv|Dnipro
United Arab Emirates|Emirati|UAE|U.A.E.|Abu Dhabi|Dubai
United Kingdom|British|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|London
United States|American|US|U.S.|USA|U.S.A.|America
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Vanuatu|Ni-Vanuatu|Port Vila
Venezuela|Venezuelan|Caracas|Maracaibo
Vietnam|Vietnamese|Viet Nam|Hanoi|Ho Chi Minh City
Yemen|Yemeni|Sanaa|Sana'a
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
"""

# Regions are valid targets ("people across the Middle East") but never a country of origin.
REGIONS = [
    "Middle East", "Latin America", "Africa", "West Africa", "East Africa", "North Africa", "Sub-Saharan Africa",
    "Europe", "Eastern Europe", "Western Europe", "Central Asia", "South Asia", "Southeast Asia", "East Asia",
    "Asia", "Gulf", "Persian Gulf", "Balkans", "Caribbean", "Central America", "South America", "Sahel",
    "Baltics", "Scandinavia", "Asia Pacific", "Asia-Pacific", "Pacific", "Pacific Islands", "South Pacific",
    # places a network is aimed at but that no takedown names as a country of origin
    "Tibet", "Xinjiang", "Kashmir", "Crimea", "Donbas",
]

def _members(names: str) -> frozenset[str]:
    return frozenset(name.strip() for name in names.split(",") if name.strip())


# The countries a region takes in, so "networks targeting Africa" finds those aimed at Nigeria or Togo.  Only
# regions whose members are not in dispute; "Asia" is its parts, the Middle East apart.
_NORTH_AFRICA = _members("Algeria, Egypt, Libya, Morocco, Sudan, Tunisia")
_WEST_AFRICA = _members("Benin, Burkina Faso, Cabo Verde, Côte d'Ivoire, Gambia, Ghana, Guinea, Guinea-Bissau, Liberia,"
                        "Mali, Mauritania, Niger, Nigeria, Senegal, Sierra Leone, Togo")
_EAST_AFRICA = _members("Burundi, Comoros, Djibouti, Eritrea, Ethiopia, Kenya, Madagascar, Malawi, Mauritius,"
                        "Mozambique, Rwanda, Seychelles, Somalia, South Sudan, Tanzania, Uganda, Zambia, Zimbabwe")
_REST_OF_AFRICA = _members("Angola, Botswana, Cameroon, Central African Republic, Chad,"
                           "Democratic Republic of the Congo, Equatorial Guinea, Eswatini, Gabon, Lesotho, Namibia,"
                           "Republic of the Congo, South Africa")
_CENTRAL_AMERICA = _members("Belize, Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua, Panama")
_SOUTH_AMERICA = _members("Argentina, Bolivia, Brazil, Chile, Colombia, Ecuador, Guyana, Paraguay, Peru, Suriname,"
                          "Uruguay, Venezuela")
_CARIBBEAN = _members("Antigua and Barbuda, Bahamas, Barbados, Cuba, Dominican Republic, Haiti, Jamaica,"
                      "Trinidad and Tobago")
_EASTERN_EUROPE = _members("Belarus, Bulgaria, Czech Republic, Hungary, Moldova, Poland, Romania, Russia, Slovakia,"
                           "Ukraine")
_BALKANS = _members("Albania, Bosnia and Herzegovina, Bulgaria, Croatia, Greece, Kosovo, Montenegro, North Macedonia,"
                    "Romania, Serbia, Slovenia")
_BALTICS = _members("Estonia, Latvia, Lithuania")
_SCANDINAVIA = _members("Denmark, Norway, Sweden")
_WESTERN_EUROPE = _members("Andorra, Austria, Belgium, France, Germany, Iceland, Ireland, Italy, Luxembourg, Malta,"
                           "Netherlands, Portugal, Spain, Switzerland, United Kingdom, Finland, Cyprus")
_GULF = _members("Bahrain, Kuwait, Oman, Qatar, Saudi Arabia, United Arab Emirates")
_MIDDLE_EAST = _GULF | _members("Egypt, Iran, Iraq, Israel, Jordan, Lebanon, Palestine, Syria, Turkey, Yemen")
_CENTRAL_ASIA = _members("Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan")
_SOUTH_ASIA = _members("Afghanistan, Bangladesh, Bhutan, India, Maldives, Nepal, Pakistan, Sri Lanka")
_SOUTHEAST_ASIA = _members("Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, Philippines, Singapore, Thailand,"
                           "Timor-Leste, Vietnam")
_EAST_ASIA = _members("China, Hong Kong, Japan, Mongolia, North Korea, South Korea, Taiwan")
_ASIA = _CENTRAL_ASIA | _SOUTH_ASIA | _SOUTHEAST_ASIA | _EAST_ASIA
_PACIFIC_ISLANDS = _members("Fiji, Papua New Guinea, Samoa, Solomon Islands, Vanuatu, Tonga, Kiribati, Tuvalu, Nauru, "
                            "Palau, Marshall Islands, New Caledonia")
REGION_MEMBERS: dict[str, frozenset[str]] = {
    "Africa": _NORTH_AFRICA | _WEST_AFRICA | _EAST_AFRICA | _REST_OF_AFRICA,
    "North Africa": _NORTH_AFRICA, "West Africa": _WEST_AFRICA, "East Africa": _EAST_AFRICA,
    "Sub-Saharan Africa": (_WEST_AFRICA | _EAST_AFRICA | _REST_OF_AFRICA) - {"Mauritania"},
    "Sahel": _members("Burkina Faso, Chad, Mali, Mauritania, Niger, Senegal, Sudan"),
    "Latin America": _CENTRAL_AMERICA | _SOUTH_AMERICA | _members("Mexico, Cuba, Dominican Republic, Haiti"),
    "Central America": _CENTRAL_AMERICA, "South America": _SOUTH_AMERICA, "Caribbean": _CARIBBEAN,
    "Europe": _EASTERN_EUROPE | _BALKANS | _BALTICS | _SCANDINAVIA | _WESTERN_EUROPE,
    "Eastern Europe": _EASTERN_EUROPE, "Western Europe": _WESTERN_EUROPE, "Balkans": _BALKANS,
    "Baltics": _BALTICS, "Scandinavia": _SCANDINAVIA,
    "Middle East": _MIDDLE_EAST, "Gulf": _GULF, "Persian Gulf": _GULF,
    "Asia": _ASIA, "Central Asia": _CENTRAL_ASIA, "South Asia": _SOUTH_ASIA, "Southeast Asia": _SOUTHEAST_ASIA,
    "East Asia": _EAST_ASIA,
    "Asia Pacific": _ASIA | _members("Australia, New Zealand") | _PACIFIC_ISLANDS,
    # ("aimed at Australia and the Pacific": the island states, Australia and New Zealand named apart)
    "Pacific": _PACIFIC_ISLANDS, "Pacific Islands": _PACIFIC_ISLANDS, "South Pacific": _PACIFIC_ISLANDS,
}
REGION_MEMBERS["Asia-Pacific"] = REGION_MEMBERS["Asia Pacific"]


def places_within(places: list[str]) -> list[str]:
    """The places asked about and, for a region, the countries in it ("Africa" -> Africa, Algeria, Angola…)."""
    return list(dict.fromkeys([*places, *(country for place in places
                                          for country in sorted(REGION_MEMBERS.get(place, ())))]))


def _parse_countries() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for row in _COUNTRY_ROWS.strip().splitlines():
        name, *aliases = row.split("|")
        if name:
            table[name] = aliases
        else:  # a long row goes on in a line of its own that starts with "|"
            table[list(table)[-1]] += aliases
    return table


COUNTRIES: dict[str, list[str]] = _parse_countries()

# The aliases that name a city (a capital, or where networks are often run from): places, not adjectives, so "run
# by a consultancy in Nairobi" places the network as "in Kenya" would
CITIES = frozenset({
    "Kabul", "Tirana", "Algiers", "Yerevan", "Baku", "Manama", "Dhaka", "Minsk", "La Paz", "Phnom Penh", "Beijing",
    "Bogotá", "Bogota", "Havana", "Kinshasa", "Quito", "Cairo", "Addis Ababa", "Accra", "Tegucigalpa", "Jakarta",
    "Tehran", "Baghdad", "Tel Aviv", "Jerusalem", "Amman", "Pristina", "Beirut", "Kuala Lumpur", "Chisinau",
    "Chișinău", "Rabat", "Naypyidaw", "Yangon", "Kathmandu", "Managua", "Lagos", "Abuja", "Pyongyang", "Skopje",
    "Islamabad", "Manila", "Doha", "Bucharest", "Moscow", "St. Petersburg", "Saint Petersburg", "Riyadh", "Dakar",
    "Belgrade", "Colombo", "Khartoum", "Damascus", "Bangkok", "Tunis", "Ankara", "Kampala", "Kyiv", "Kiev",
    "Tashkent", "Caracas", "Sanaa", "Sana'a", "Harare", "Nairobi", "Tbilisi", "New Delhi", "Abu Dhabi", "Hanoi",
    "Kigali", "Tripoli",
    "Buenos Aires", "Brasília", "Brasilia", "São Paulo", "Sao Paulo", "Rio de Janeiro", "Mexico City", "Lima",
    "Montevideo", "Asunción", "Asuncion", "San Salvador", "Guatemala City", "Santo Domingo", "Port-au-Prince",
    "Paris", "Berlin", "Athens", "Budapest", "Tokyo", "Almaty", "Astana", "Nur-Sultan", "Warsaw", "Johannesburg",
    "Pretoria", "Seoul", "Madrid", "Taipei", "Istanbul", "London", "Karachi", "Lahore", "Rawalpindi", "Mumbai", "Dubai",
    "Abidjan", "Bamako", "Ouagadougou", "Niamey", "Yaoundé", "Yaounde", "Douala", "Shanghai", "Shenzhen", "Guangzhou",
    "Ho Chi Minh City",
    "Surabaya", "Bandung", "Medan", "Yogyakarta", "Cebu", "Davao", "Quezon City", "Bengaluru", "Bangalore", "Chennai",
    "Kolkata", "Delhi", "Pune", "Ahmedabad", "Noida", "Gurugram", "Gurgaon", "Lucknow", "Jaipur",
    "Chandigarh", "Peshawar", "Quetta", "Chittagong", "Chattogram", "Wuhan", "Chengdu",
    "Tianjin", "Chongqing", "Xiamen", "Hangzhou", "Nanjing", "Osaka", "Busan", "Jeddah", "Isfahan", "Mashhad",
    "Tabriz", "Qom", "Shiraz", "Basra", "Erbil", "Mosul", "Aleppo", "Casablanca", "Kano", "Ibadan", "Port Harcourt",
    "Mombasa", "Dar es Salaam", "Dodoma", "Cape Town", "Durban", "Kumasi", "Guadalajara", "Monterrey", "Tijuana",
    "Medellín", "Medellin", "Barranquilla", "Guayaquil", "Porto Alegre", "Recife", "Belo Horizonte", "Maracaibo",
    "Novosibirsk", "Yekaterinburg", "Kazan", "Krasnodar", "Sochi", "Kaliningrad", "Kharkiv", "Lviv", "Dnipro",
    "Bishkek", "Dushanbe", "Ashgabat", "Ulaanbaatar", "Vientiane", "Mandalay", "Chiang Mai", "Mogadishu", "Asmara",
    "Juba", "Lusaka", "Maputo", "Antananarivo", "Lomé", "Lome", "Cotonou", "Conakry", "Freetown", "Monrovia",
    "Bangui", "N'Djamena", "Libreville", "Brazzaville", "Windhoek", "Gaborone", "Omdurman", "Benghazi", "Luanda",
    "Izmir", "İzmir", "Haifa", "Batumi",
    "Canberra", "Vienna", "Nassau", "Bridgetown", "Belmopan", "Thimphu", "Sarajevo", "Bandar Seri Begawan",
    "Gitega", "Bujumbura", "Ottawa", "Zagreb", "Nicosia", "Prague", "Copenhagen", "Tallinn",
    "Suva", "Helsinki", "Banjul", "Reykjavik", "Rome", "Kuwait City", "Riga", "Vilnius", "Lilongwe",
    "Valletta", "Nouakchott", "Port Louis", "Podgorica", "Amsterdam", "The Hague", "Nouméa", "Noumea", "Auckland",
    "Oslo", "Muscat", "Ramallah", "Panama City", "Port Moresby", "Lisbon", "Apia", "Bratislava", "Ljubljana",
    "Honiara", "Paramaribo", "Stockholm", "Dili", "Port of Spain", "Port Vila", "Nuku'alofa",
})

# Aliases that only count when written in capitals in running text ("US" but not "us").
COUNTRY_UPPERCASE_ONLY = {"US", "UK", "CAR", "DRC", "KSA", "PRC", "UAE", "USA", "DPRK", "NK", "HK", "HKSAR", "RU", "CN",
                          "UA"}
# Of those, the ones that are everyday words ("us", "car") even in a question; "uae" or "prc" typed in lower case
# can only be the country
EVERYDAY_WORD_ALIASES = {"US", "CAR"}

# Units of takedown counts: a word the text uses -> canonical unit.
UNIT_WORDS: dict[str, str] = {
    "account": "accounts", "accounts": "accounts", "accts": "accounts", "acct": "accounts",
    "profile": "accounts", "profiles": "accounts", "user": "accounts", "users": "accounts",
    "bot": "accounts", "bots": "accounts", "handle": "accounts", "handles": "accounts", "personas": "accounts",
    "page": "pages", "pages": "pages",
    "group": "groups", "groups": "groups",
    "channel": "channels", "channels": "channels",
    "event": "events", "events": "events",
    "blog": "blogs", "blogs": "blogs",
    "subreddit": "subreddits", "subreddits": "subreddits",
    "community": "communities", "communities": "communities", "server": "servers", "servers": "servers",
    "board": "boards", "boards": "boards",  # (Pinterest's)
    "room": "chat rooms", "rooms": "chat rooms", "chatroom": "chat rooms", "chatrooms": "chat rooms",  # (KakaoTalk's)
    "space": "spaces", "spaces": "spaces",  # (Quora's)
    "publication": "publications", "publications": "publications",  # (Medium's and Substack's)
    "newsletter": "publications", "newsletters": "publications",
    "podcast": "podcasts", "podcasts": "podcasts", "episode": "episodes", "episodes": "episodes",
    "shows": "podcasts",  # ("We removed 79 shows and 1,420 episodes": a podcast host's; never a verb in a question)
    "domain": "domains", "domains": "domains", "website": "websites", "websites": "websites",
    "network": "networks", "networks": "networks",
    "operation": "operations", "operations": "operations",
    "campaign": "campaigns", "campaigns": "campaigns",
    "developer": "developers", "developers": "developers",
    "app": "apps", "apps": "apps",
    "asset": "assets", "assets": "assets",  # "a network of 265 assets": accounts, Pages and groups together
}

# Units that are assets a platform removes; networks/operations are counted but kept apart.
ASSET_UNITS = {"accounts", "pages", "groups", "channels", "events", "blogs", "subreddits", "communities", "servers",
               "boards", "chat rooms", "spaces", "publications", "podcasts", "episodes", "domains", "websites",
               "developers", "apps", "networks", "operations", "campaigns", "assets"}
# Units that count whole networks rather than their assets
NETWORK_UNITS = {"networks", "operations", "campaigns"}

# Verbs of removal: inflected form -> lemma used in answers.
ACTIONS: dict[str, str] = {}
for _lemma, _forms in {
    # (and the removal named as a sweep or a crackdown: "the sweep covered 420 accounts")
    "removed": "remove removes removed removing removal removals sweep sweeps crackdown",
    "suspended": "suspend suspends suspended suspending suspension suspensions",
    "took down": "takedown takedowns",
    "deleted": "delete deletes deleted deleting deletion",
    "banned": "ban bans banned banning",
    "terminated": "terminate terminates terminated terminating termination",
    "blocked": "block blocks blocked blocking",
    "disabled": "disable disables disabled disabling",
    "purged": "purge purges purged purging",
    "shut down": "shutter shutters shuttered",
    "disrupted": "disrupt disrupts disrupted disrupting",
    "dismantled": "dismantle dismantles dismantled dismantling",
    "eradicated": "eradicate eradicates eradicated eradicating",
    "closed": "closed",
    "nixed": "nix nixes nixed",
    "pulled": "pulled",
    "axed": "axe axes axed axing",
    "eliminated": "eliminate eliminates eliminated eliminating",
    "deactivated": "deactivate deactivates deactivated deactivating deactivation",
    "culled": "cull culls culled culling",
    "scrubbed": "scrub scrubs scrubbed scrubbing",
    "wiped": "wiped",
    "booted": "booted",
    "nuked": "nuke nukes nuked",
    "deplatformed": "deplatform deplatforms deplatformed deplatforming",
    "took action against": "actioned",
    "disclosed": "disclose discloses disclosed disclosing",
    "attributed": "attributed",  # only as a platform's own verb: see `mentions.actions_in`
}.items():
    for _form in _forms.split():
        ACTIONS[_form] = _lemma

# Multi-word actions ("took down", "taken down", "shut down", "kicked off").
PHRASAL_ACTIONS = [
    # (the words in between may be a figure: "took 3,000 accounts down")
    (re.compile(r"\b(?:take|takes|took|taken|taking)\s+(?:[\w,.-]+\s+){0,6}?down\b", re.I), "took down"),
    (re.compile(r"\b(?:shut|shuts|shutting)\s+(?:[\w,.-]+\s+){0,4}?down\b", re.I), "shut down"),
    (re.compile(r"\b(?:kick|kicked|kicks|kicking)\s+(?:[\w,.-]+\s+){1,4}?off\b", re.I), "removed"),  # not "kicked off"
    (re.compile(r"\b(?:got|gets|get|getting)\s+rid\s+of\b", re.I), "removed"),
    (re.compile(r"\bdisclos\w*\b.{0,60}\barchive\b", re.I), "disclosed"),
    (re.compile(r"\b(?:cracked|cracks|crack)\s+down\b", re.I), "removed"),
    # "In its December 2024 update, TikTok listed a network of 27,217 accounts…": a network a takedown report lists
    (re.compile(r"\b(?:listed|lists|listing)\s+(?:a|one|another|the|a\s+second|a\s+third)\s+(?:[\w-]+\s+){0,2}?"
                r"network\s+of\b", re.I), "listed"),
    (re.compile(r"\b(?:broke|broken|breaks|break|breaking)\s+up\b", re.I), "broke up"),
    (re.compile(r"\b(?:published|released|publishes|releases)\s+(?:\w+\s+){0,2}?(?:data|details|information|"
                r"archives?)\s+(?:on|about|covering)\b", re.I), "disclosed"),
    (re.compile(r"\b(?:made|makes|make)\s+(?:\w+\s+){0,4}?public\b", re.I), "disclosed"),
    # "The archive holds data from 2,906 accounts that the company linked to…": the accounts an archive discloses
    (re.compile(r"\barchive\s+(?:holds|contains|includes|covers)\s+(?:\w+\s+){0,3}?(?:from|on|of)\b", re.I),
     "disclosed"),
    (re.compile(r"\b(?:added|adds|add|adding)\s+(?:[\w,-]+\s+){0,4}?to\s+(?:its|the|their)\s+(?:public\s+)?"
                r"(?:\w+\s+)?archive\b", re.I), "disclosed"),
    (re.compile(r"\b(?:took|taken|take|takes|knocked|knock)\s+(?:[\w,.-]+\s+){0,4}?offline\b", re.I), "took down"),
    # domains and websites taken by court order (Microsoft's Digital Crimes Unit); hackers "seize" accounts
    (re.compile(r"\b(?:took|taken|take|takes|taking)\s+(?:legal\s+)?control\s+of(?=\s+(?:[\w,-]+\s+){0,4}?"
                r"(?:web\s*)?(?:domains?|websites?|sites)\b)", re.I), "took control of"),
    (re.compile(r"\b(?:seize|seizes|seized|seizing)(?=\s+(?:[\w,-]+\s+){0,4}?(?:web\s*)?(?:domains?|websites?|sites)\b)",
                re.I), "seized"),
    # "TikTok took action against 3,200 accounts": the platform's enforcement, told in its own words
    # (or 'said it had "taken action" against…', quoting the platform's words)
    (re.compile(r"\b(?:took|taken|take|takes|taking)\s+(?:enforcement\s+)?action[\"”']?\s+(?:against|on)\b", re.I),
     "took action against"),
    # ("…said it had acted in June against a network in Venezuela"; not "…has acted against Iranian pages", told of
    # before)
    (re.compile(r"\bacted\s+(?:[\w,.-]+\s+){0,3}?against(?=\s+(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:network|operation|campaign)\b)", re.I), "took action against"),
    # "we restricted access for users in Moldova to 59 channels": withheld in one country, at its government's request
    (re.compile(r"\b(?:restrict|restricts|restricted|restricting)\s+access\b", re.I), "restricted access to"),
    # "we stopped 63.4 million fake accounts at registration", "prevented 2 million accounts from being created":
    # accounts blocked before they could post, which platforms count beside the ones they remove
    (re.compile(r"\b(?:stop|stops|stopped|stopping|prevent|prevents|prevented|preventing)\s+(?:[\w,.-]+\s+){0,6}?"
                r"(?:(?:at|during|upon|on)\s+(?:the\s+)?(?:registration|sign[- ]?up|(?:account\s+)?creation)|"
                r"from\s+being\s+created)\b", re.I),
     "blocked"),
]

# A platform's parent company: Instagram and WhatsApp figures belong to Meta's (Facebook's) takedowns,
# YouTube's to Google's.
PLATFORM_PARENT = {"Instagram": "Facebook", "WhatsApp": "Facebook", "Threads": "Facebook", "YouTube": "Google"}
# the unit a parent's figure counts only on that one app: Google's channels are YouTube's
ONLY_ON = {"YouTube": "channels"}

# Networks that researchers and platforms name differently.  Only names in public use: each platform
# or lab coins its own (Google's DRAGONBRIDGE is Graphika's Spamouflage).  Documents add their own
# pairs ("…, also known as …"), which the store keeps beside these.
NETWORK_ALIASES: dict[str, list[str]] = {
    "Spamouflage": ["Spamouflage Dragon", "DRAGONBRIDGE", "Dragon Bridge", "Storm-1376"],
    "Doppelganger": ["Doppelgänger", "RRN", "Recent Reliable News", "Reliable Recent News"],
    "Internet Research Agency": ["IRA", "Glavset"],
    "Secondary Infektion": ["Secondary Infection"],
    "Ghostwriter": ["UNC1151"],
    "Peace Data": ["PeaceData"],
    "Liberty Front Press": ["LFP"],
    "International Union of Virtual Media": ["IUVM"],
    "Zero Zeno": ["STOIC"],
}

# where the best-known networks came from, as their platforms attributed them: a figure told beside one of
# them that says it came from elsewhere ("…and 770 other accounts from Iran") is another network's
NETWORK_ORIGINS: dict[str, str] = {
    "Internet Research Agency": "Russia", "Doppelganger": "Russia", "Secondary Infektion": "Russia",
    "Peace Data": "Russia", "Spamouflage": "China", "Liberty Front Press": "Iran",
    "International Union of Virtual Media": "Iran", "Zero Zeno": "Israel",
}

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MONTH_NUMBER: dict[str, int] = {}
for _i, _name in enumerate(MONTHS, start=1):
    MONTH_NUMBER[_name] = _i
    MONTH_NUMBER[_name[:3]] = _i
MONTH_NUMBER["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def platform_aliases() -> dict[str, str]:
    """Every platform alias (lower-case) -> canonical platform name."""
    return {alias: name for name, aliases in PLATFORMS.items() for alias in [name.lower(), *aliases]}


def country_aliases() -> dict[str, str]:
    """Every country name, demonym and alias (as written) -> canonical country name."""
    table: dict[str, str] = {}
    for name, aliases in COUNTRIES.items():
        table[name] = name
        for alias in aliases:
            table[alias] = name
    # people by their demonym ("posed as Kenyans", "aimed at Iranians", "Pakistanis"): the country, as the
    # adjective is; not a country's or city's own name ("Iran", "Tehran") nor one without a plural in -s ("Chinese")
    names = set(table) - {alias for alias, name in table.items() if alias != name and alias.endswith(("an", "i"))
                          and alias not in CITIES}
    for alias, name in list(table.items()):
        if alias not in names and alias + "s" not in table:
            table[alias + "s"] = name
    return {**table, **{people: name for people, name in PEOPLE.items() if name in COUNTRIES}}


# people whose plural is not the adjective's plus "s" the rule above makes ("targeting Poles", "posed as Filipinos")
# (not "Serbs" nor "Croats": "Bosnian Serbs" live in Bosnia)
PEOPLE = {"Poles": "Poland", "Turks": "Turkey", "Danes": "Denmark", "Swedes": "Sweden", "Finns": "Finland",
          "Brits": "United Kingdom", "Britons": "United Kingdom", "Spaniards": "Spain",
          "Icelanders": "Iceland", "Filipinos": "Philippines", "Filipinas": "Philippines",
          "Greeks": "Greece", "Czechs": "Czech Republic", "Slovaks": "Slovakia", "Uzbeks": "Uzbekistan",
          "Kazakhs": "Kazakhstan", "Tajiks": "Tajikistan", "Kosovars": "Kosovo", "Montenegrins": "Montenegro",
          "Argentines": "Argentina", "New Zealanders": "New Zealand", "Luxembourgers": "Luxembourg"}


def vocabulary_rows() -> list[dict[str, str]]:
    """The whole vocabulary as rows for the `vocabulary` table: term, kind, canonical name."""
    rows = [{"term": alias, "kind": "platform", "canonical": name} for alias, name in platform_aliases().items()]
    rows += [{"term": alias, "kind": "country", "canonical": name} for alias, name in country_aliases().items()]
    rows += [{"term": region, "kind": "region", "canonical": region} for region in REGIONS]
    rows += [{"term": word, "kind": "unit", "canonical": unit} for word, unit in UNIT_WORDS.items()]
    rows += [{"term": form, "kind": "action", "canonical": lemma} for form, lemma in ACTIONS.items()]
    rows += [{"term": alias, "kind": "network", "canonical": name} for alias, name in network_aliases().items()]
    return rows


def network_aliases() -> dict[str, str]:
    """Every known network name and alias (as written) -> the name it is filed under."""
    return {alias: name for name, aliases in NETWORK_ALIASES.items() for alias in [name, *aliases]}


# letters that Unicode does not decompose into a plain letter and an accent
_PLAIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                                "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def spelled_alike(name: str) -> str:
    """One key for the ways a name is written in Latin letters ("Al-Nour", "Al Noor", "Alnour"; "Sada al-Khaleej",
    "Sada al-Khalij"): plain lower-case letters, doubled letters single, and the long vowels written as one."""
    letters = re.sub(r"[^a-z0-9]", "", without_accents(name).lower())
    letters = letters.replace("ee", "i").replace("oo", "u").replace("ou", "u")
    return re.sub(r"(.)\1+", r"\1", letters)


def without_accents(text: str) -> str:
    """The text in plain letters ("Biały Kruk" -> "Bialy Kruk", "Red Bolívar" -> "Red Bolivar"): how people type a
    name they read with accents."""
    if text.isascii():
        return text  # (most text: nothing to fold, and folding is asked of every quote a name is looked for in)
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
