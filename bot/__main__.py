"""`python -m bot`: the same command line as `takedown-bot`."""

import sys

from bot.cli import main

sys.exit(main())
