"""The kerngroep's licence screens in the Wagtail admin: `viewsets` (menu and URLs), `views`, `forms`.

Django's admin autodiscovery imports this package; it imports nothing itself, so that stays cheap.
"""
