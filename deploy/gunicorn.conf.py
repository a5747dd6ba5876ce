"""gunicorn for the Re-Fit portal: `gunicorn -c deploy/gunicorn.conf.py portal.wsgi`.

Used by deploy/refit-web.service, the Procfile and .ci/production-smoke. Every value can be
overridden by the environment variable named beside it; see docs/deployment.md, "Web server".
"""

import os

# 127.0.0.1 behind nginx on the same machine. Behind a load balancer on another machine:
# the private address (e.g. 10.0.0.11:8000), firewalled so only the balancer reaches it.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# 2 cores: 3 processes × 2 threads. Three processes run Python in parallel (one more than the
# cores, because a request also waits on PostgreSQL, Redis and disk); two threads per process
# keep it busy while one request waits. Not gunicorn's "2 × cores + 1" = 5: on one machine the
# task worker and PostgreSQL need CPU too, and each process costs 100–150 MB. PDFs and mail are
# made by the worker, so requests stay short. On a machine with more cores: about cores + 1.
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))  # more than one: the gthread worker

# A request still running after 30 s is a bug (or an attack); its process is replaced. nginx
# waits longer (proxy_read_timeout 60s) so that it reports gunicorn's answer, not its own.
timeout = 30
# On reload or stop, running requests get this long to finish (systemd waits longer).
graceful_timeout = 30
# nginx opens a new upstream connection per request; behind a load balancer that reuses
# connections, keep this above the balancer's idle timeout (often 60 s), or it sees resets.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Replace each process after about 1000 requests: bounds slow memory growth (templates, PDFs
# previewed in the admin); the jitter keeps the three from restarting at once.
max_requests = 1000
max_requests_jitter = 100

# Who may tell gunicorn a request came in over https (X-Forwarded-Proto). Keep it in step with
# TRUSTED_PROXY_COUNT (how many proxies add to X-Forwarded-For): nginx on this machine is
# 127.0.0.1 and one proxy; a load balancer in front of the app servers is its address (or
# network, e.g. 10.0.0.0/24). Django trusts X-Forwarded-Proto by itself as well
# (SECURE_PROXY_SSL_HEADER), so the proxy must overwrite it and only the proxy may reach gunicorn.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# No control socket: nothing uses gunicornc, and it would be one more way in.
control_socket_disable = True

# No access log from gunicorn: it would write full URLs, query strings included (personal
# data). The application logs every request itself (portal.request, portal/logging.py).
accesslog = None
# gunicorn's own messages (start, stop, worker timeouts) in the portal's log format.
_json = os.environ.get("LOG_FORMAT", "json") == "json"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "portal.logging.JsonLinesFormatter"},
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "json" if _json else "plain",
            "stream": "ext://sys.stderr",
        }
    },
    "root": {"level": "INFO", "handlers": ["stderr"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["stderr"], "propagate": False},
        # Setting logconfig_dict switches gunicorn's access log on: switch it off again.
        "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False},
    },
}
