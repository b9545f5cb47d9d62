"""Takedown Bot in Slack: the bolt app, its listeners by Slack surface, and Block Kit builders."""
