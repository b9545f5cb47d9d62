"""Who may reload the knowledge base: the user IDs in ADMIN_USER_IDS, and workspace admins and owners."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

logger = logging.getLogger(__name__)


class Admins:
    def __init__(self, user_ids: frozenset[str]) -> None:
        self.user_ids = user_ids

    def allows(self, user_id: str, client: WebClient) -> bool:
        """True for a listed admin, or a workspace admin/owner according to `users.info`."""
        if user_id in self.user_ids:
            return True
        try:
            user = client.users_info(user=user_id).get("user") or {}
        except SlackApiError as error:
            logger.warning("users.info failed for %s: %s", user_id, error.response.get("error"))
            return False
        return bool(user.get("is_admin") or user.get("is_owner"))
