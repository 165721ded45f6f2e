"""Canonical URLs: the same page reached by different links is stored once."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMS = {"fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref", "smid"}
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no `www.`, default port, fragment or tracking parameters;
    http and https count as one; query sorted; no trailing slash. None stays None."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url.strip()
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in TRACKING_PARAMS
                   and not k.lower().startswith(TRACKING_PREFIXES))
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", netloc, path, urlencode(query), ""))
