"""Inquiry Desk: the Personal Information Inquiry Department's case register."""

__version__ = "0.1.0"
APP_NAME = "Inquiry Desk"
