"""Locust users for the load test: trainers, kerngroep members and the public, as in production.

Started by `benchmarks/load/run.py`, which seeds the database and writes the plan file named in
LOAD_PLAN (accounts with their TOTP secrets, page URLs, licence numbers). The derivation of the
weights and think times is in benchmarks/README.md ("Belastingstest").

Every simulated visit is a new visitor:
- its own client address in X-Forwarded-For (gunicorn and Django trust one proxy, as behind
  nginx with TRUSTED_PROXY_COUNT=1), so rate limits count per visitor and not for the whole test;
- trainers and kerngroep members log in for real: the allauth form, then the TOTP code computed
  from the account's secret, as the authenticator app would. Each visit takes the next account of
  the pool (1,000 trainers), so a code is never used twice by one account within its 30 seconds.

TLS ends at nginx in production; here the requests go to gunicorn over loopback http with the
headers nginx adds (Host, X-Forwarded-Proto: https, X-Forwarded-For). Django marks its cookies
Secure; the browser sends them to nginx over https, and nginx passes them on over this http leg.
So before each request the client drops the Secure mark of the cookies it holds (requests
would otherwise keep them back over http).
"""

import base64
import hashlib
import hmac
import itertools
import json
import os
import random
import re
import struct
import time
from pathlib import Path

import gevent
from locust import HttpUser, between, task

PLAN = json.loads(Path(os.environ["LOAD_PLAN"]).read_text())
HOST = os.environ.get("LOAD_HOST", "portaal.re-fit.example")
TOTP_PERIOD = 30

_adressen = itertools.count(1)
_trainers = itertools.cycle(PLAN["trainers"])
_kerngroep = itertools.cycle(PLAN["kerngroep"])
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STATISCH = re.compile(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"')


def nieuw_adres() -> str:
    """A client address per visit (10.0.0.1, 10.0.0.2, …): one visitor, one address."""
    n = next(_adressen)
    return f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"


def totp_code(secret: str, *, op: float) -> str:
    """The code an authenticator app shows at time `op`: RFC 6238 with allauth's defaults
    (HMAC-SHA1, 30-second steps, 6 digits). Written out here: locust runs without Django."""
    sleutel = base64.b32decode(secret, casefold=True)
    digest = hmac.new(sleutel, struct.pack(">Q", int(op) // TOTP_PERIOD), hashlib.sha1).digest()
    begin = digest[-1] & 0x0F
    waarde = struct.unpack(">I", digest[begin : begin + 4])[0] & 0x7FFFFFFF
    return f"{waarde % 1_000_000:06d}"


class Bezoeker(HttpUser):
    """A person in a browser: a visit is a series of pages with reading time in between."""

    abstract = True
    wait_time = between(5, 15)

    def on_start(self):
        self.nieuw_bezoek()

    def nieuw_bezoek(self):
        self.client.cookies.clear()
        self.client.headers.update(
            {"Host": HOST, "X-Forwarded-Proto": "https", "X-Forwarded-For": nieuw_adres()}
        )

    def cookies_zoals_achter_nginx(self):
        for cookie in self.client.cookies:
            cookie.secure = False

    def pagina(self, url, *, name, params=None, verwacht=200):
        """GET one page; anything but `verwacht` (a redirect to the login page too) is an error."""
        self.cookies_zoals_achter_nginx()
        with self.client.get(
            url, params=params, name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != verwacht:
                response.failure(f"{response.status_code} in plaats van {verwacht}")
            return response

    def post(self, url, data, *, name, referer, verwacht=302):
        headers = {"Origin": f"https://{HOST}", "Referer": f"https://{HOST}{referer}"}
        self.cookies_zoals_achter_nginx()
        with self.client.post(
            url, data=data, headers=headers, name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != verwacht:
                response.failure(f"{response.status_code} in plaats van {verwacht}")
            return response

    def lezen(self):
        """The reading time between two pages."""
        gevent.sleep(self.wait_time())


class Ingelogd(Bezoeker):
    """Someone with an account: logs in with password and code, visits pages, logs out."""

    abstract = True
    pool = None
    paginas_per_bezoek = (8, 16)

    def inloggen(self) -> bool:
        """The allauth login with password and code; False (the failure already counted) if it failed.

        A code reaches the server too late when a request waits longer than the rest of its
        30-second step (only under overload): then, as a person would, the next code is entered once.
        """
        account = next(self.pool)
        token = csrf_token(self.pagina("/account/login/", name="inloggen: formulier"))
        if token is None:
            return False
        stap = self.post(
            "/account/login/",
            {"login": account["email"], "password": PLAN["wachtwoord"], "csrfmiddlewaretoken": token},
            name="inloggen: wachtwoord",
            referer="/account/login/",
        )
        if stap.status_code != 302:
            return False
        gevent.sleep(random.uniform(3, 8))  # opening the authenticator app
        token = csrf_token(self.pagina("/account/2fa/authenticate/", name="inloggen: codeformulier"))
        if token is None:
            return False
        for _poging in range(2):
            # Like a person watching the app: with under two seconds left, wait for the next code.
            over = TOTP_PERIOD - time.time() % TOTP_PERIOD
            if over < 2:
                gevent.sleep(over + 0.1)
            code = {"code": totp_code(account["totp"], op=time.time()), "csrfmiddlewaretoken": token}
            antwoord = self.post(
                "/account/2fa/authenticate/",
                code,
                name="inloggen: code",
                referer="/account/2fa/authenticate/",
            )
            if antwoord.status_code == 302:
                self.pagina("/dashboard/", name="dashboard")
                return True
            token = csrf_token(antwoord) or token
            gevent.sleep(TOTP_PERIOD - time.time() % TOTP_PERIOD + 0.1)
        return False

    def uitloggen(self, *, referer):
        token = self.client.cookies.get("csrftoken", domain=HOST)
        self.post("/account/logout/", {"csrfmiddlewaretoken": token}, name="uitloggen", referer=referer)

    @task
    def bezoek(self):
        self.nieuw_bezoek()
        if not self.inloggen():
            return  # a failed login is counted; pages behind it would only add redirects
        for _ in range(random.randint(*self.paginas_per_bezoek)):
            self.lezen()
            self.volgende_pagina()
        self.lezen()
        self.uitloggen(referer="/dashboard/")

    def volgende_pagina(self):
        raise NotImplementedError


def csrf_token(response) -> str | None:
    """The form's CSRF token; None when the page did not come (its failure is already counted)."""
    gevonden = CSRF.search(response.text or "") if response.status_code == 200 else None
    return gevonden.group(1) if gevonden else None


def bibliotheek_filters() -> dict:
    """One to three of the library's filters, as someone clicks them together."""
    filters = PLAN["filters"]
    gekozen = random.sample(sorted(filters), k=random.randint(1, 3))
    return {naam: random.choice(filters[naam]) for naam in gekozen}


class Trainer(Ingelogd):
    """A trainer studying the manual and picking activities; 40 of 49 users (README)."""

    weight = 40
    pool = _trainers

    def volgende_pagina(self):
        keuze = random.choices(
            [
                "fase",
                "thema",
                "activiteit",
                "bibliotheek",
                "filters",
                "zoeken",
                "bibliotheek-zoeken",
                "eigen",
            ],
            weights=[2, 4, 3, 1, 3, 1, 1, 1],
        )[0]
        if keuze == "fase":
            self.pagina(random.choice(PLAN["fasen"]), name="kompas: fase")
        elif keuze == "thema":
            self.pagina(random.choice(PLAN["themas"]), name="kompas: thema")
        elif keuze == "activiteit":
            self.pagina(random.choice(PLAN["activiteiten"]), name="bibliotheek: activiteit")
        elif keuze == "bibliotheek":
            self.pagina(PLAN["bibliotheek"], name="bibliotheek")
        elif keuze == "filters":
            self.pagina(PLAN["bibliotheek"], params=bibliotheek_filters(), name="bibliotheek: filters")
        elif keuze == "zoeken":
            self.pagina(
                "/kompas/zoeken/", params={"q": random.choice(PLAN["zoektermen"])}, name="kompas: zoeken"
            )
        elif keuze == "bibliotheek-zoeken":
            params = {"q": random.choice(PLAN["zoektermen"]), **bibliotheek_filters()}
            self.pagina(PLAN["bibliotheek"], params=params, name="bibliotheek: zoeken + filters")
        else:
            self.pagina(random.choice(["/dashboard/", "/licentie/"]), name="dashboard, mijn licentie")


class Kerngroep(Ingelogd):
    """A kerngroep member: the licence overview in the Wagtail admin, the reach report, the manual."""

    weight = 2
    pool = _kerngroep
    paginas_per_bezoek = (5, 10)

    def volgende_pagina(self):
        keuze = random.choices(["licenties", "gefilterd", "bereik", "kompas"], weights=[3, 3, 2, 2])[0]
        if keuze == "licenties":
            params = {"p": random.randint(1, 40)} if random.random() < 0.5 else None
            self.pagina("/admin/licenties/", params=params, name="admin: licenties")
        elif keuze == "gefilterd":
            params = random.choice(
                [
                    {"status": random.choice(PLAN["licentie_statussen"])},
                    {"q": f"RF-{random.randint(2019, 2026)}"},
                ]
            )
            self.pagina("/admin/licenties/", params=params, name="admin: licenties gefilterd")
        elif keuze == "bereik":
            self.pagina("/trajecten/bereik/", name="bereik")
        else:
            self.pagina(random.choice(PLAN["themas"]), name="kompas: thema")


class Publiek(Bezoeker):
    """A school or referrer: the home page (with its style sheet and script, a new browser), and now
    and then a licence number from a certificate, sometimes mistyped (a 404 is then the answer)."""

    weight = 7

    @task
    def bezoek(self):
        self.nieuw_bezoek()
        home = self.pagina("/", name="home")
        for bestand in sorted(set(STATISCH.findall(home.text))):
            self.pagina(bestand, name="statisch bestand")
        if random.random() < 0.3:
            self.lezen()
            self.pagina("/licentie/verifieer/", name="verifieer: formulier")
            if random.random() < 0.9:
                self.verifieer(random.choice(PLAN["licentienummers"]), name="verifieer: nummer", verwacht=200)
            else:
                self.verifieer(
                    random.choice(PLAN["onbekende_nummers"]), name="verifieer: onbekend", verwacht=404
                )

    def verifieer(self, nummer, *, name, verwacht):
        """A lookup; the rate limit's 429 is reported under its own name, not as an error."""
        with self.client.get(
            f"/licentie/verifieer/{nummer}", name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code == 429:
                response.request_meta["name"] = f"{name} [429]"
                response.success()
            elif response.status_code != verwacht:
                response.failure(f"{response.status_code} in plaats van {verwacht}")
            else:
                response.success()
