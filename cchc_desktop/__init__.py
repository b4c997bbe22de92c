"""CCHC Desktop: the secretariat of a provincial steering committee for administrative reform, on a desktop."""

APP_NAME = "CCHC Desktop"
