"""Getting replies to Slack reliably: retries on rate limits (429 with Retry-After) and server errors.

Bolt's own `respond` posts to the response_url once, with no retry; these helpers add the same
retry handlers the Web API client uses.
"""

from __future__ import annotations

from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient


def retry_handlers() -> list[RetryHandler]:
    """Connection errors, 429s (waiting as long as Slack's Retry-After says) and transient 5xx."""
    return [ConnectionErrorRetryHandler(max_retry_count=2), RateLimitErrorRetryHandler(max_retry_count=3),
            ServerErrorRetryHandler(max_retry_count=2)]


def respond(response_url: str, message: dict, *, response_type: str = "ephemeral", **extra: object) -> None:
    """Post a message to a slash command's or button's response_url, retrying like the Web API client."""
    client = WebhookClient(url=response_url, retry_handlers=retry_handlers())
    response = client.send_dict({"response_type": response_type, **message, **extra})
    if response.status_code >= 400:
        raise RuntimeError(f"response_url answered {response.status_code}: {response.body[:200]}")
