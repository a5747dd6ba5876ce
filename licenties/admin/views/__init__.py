"""Views of the licence screens, one module per subdomain: licences, issuing, days, the upkeep rule."""
