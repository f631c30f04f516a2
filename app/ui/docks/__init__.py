"""Dock widgets of the review window: findings, comments, revisions."""
