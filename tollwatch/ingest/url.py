"""URLs: canonical form, and a careful fetcher (timeouts, size limit, redirects, no private hosts).

Every resolved address of every hop (redirects included) is checked; any address that is not
global (loopback, private, link-local, shared CGNAT, reserved, multicast, unspecified, and
IPv4-mapped forms of these) is refused unless Settings.allow_private is set.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from ..errors import FetchError, InputTooLarge
from ..settings import Settings

MAX_REDIRECTS = 5
USER_AGENT = "tollwatch/0.1 (+casualty-report reader)"
# query parameters that only track the reader, never change the article
_TRACKING = ("utm_", "fbclid", "gclid", "dclid", "mc_cid", "mc_eid", "igshid", "ref_src",
             "cmpid", "ocid", "_ga", "yclid", "msclkid")


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def refused_address(host: str, port: int) -> str | None:
    """The first resolved address of `host` that is not public, or None if all are public."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r} ({exc.strerror})", source=host) from None
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%")[0])
        mapped = getattr(addr, "ipv4_mapped", None)  # ::ffff:127.0.0.1 is 127.0.0.1
        for a in (addr, mapped) if mapped else (addr,):
            if (not a.is_global or a.is_private or a.is_loopback or a.is_link_local
                    or a.is_reserved or a.is_multicast or a.is_unspecified):
                return str(addr)
    return None


@dataclass(frozen=True)
class Page:
    url: str              # the final URL after redirects
    content_type: str     # e.g. "text/html"
    charset: str | None
    body: bytes


class Fetcher:
    """One HTTP client for a run; `fetch(url)` returns a Page or raises FetchError/InputTooLarge."""

    def __init__(self, settings: Settings, *, max_redirects: int = MAX_REDIRECTS):
        self.settings = settings
        self.max_redirects = max_redirects
        self._client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.settings.fetch_timeout),
                follow_redirects=False, headers={"User-Agent": USER_AGENT})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check_host(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {url}", source=url)
        if self.settings.allow_private:
            return
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            bad = refused_address(parts.hostname, port)
        except FetchError as exc:
            raise FetchError(exc.message, source=url) from None
        if bad:
            raise FetchError(f"refused: {parts.hostname} resolves to non-public address {bad} "
                             "(use --allow-private to fetch it)", source=url)

    def fetch(self, url: str) -> Page:
        limit = self.settings.max_article_bytes
        current = url
        deadline = time.monotonic() + 3 * self.settings.fetch_timeout
        for _hop in range(self.max_redirects + 1):
            self._check_host(current)
            try:
                with self.client.stream("GET", current) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise FetchError(f"redirect without Location ({resp.status_code})",
                                             source=url)
                        current = urljoin(current, location)
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}",
                                         source=url)
                    declared = resp.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > limit:
                        raise InputTooLarge(f"page too large ({int(declared):,} bytes; limit "
                                            f"{limit:,})", source=url)
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body.extend(chunk)
                        if time.monotonic() > deadline:
                            raise httpx.ReadTimeout("whole download too slow")
                        if len(body) > limit:
                            raise InputTooLarge(f"page too large (over {limit:,} bytes)",
                                                source=url)
                    ctype = resp.headers.get("content-type", "")
                    return Page(url=str(resp.url), content_type=ctype.split(";")[0].strip().lower(),
                                charset=resp.charset_encoding, body=bytes(body))
            except httpx.TimeoutException:
                raise FetchError(f"timed out after {self.settings.fetch_timeout:g} s",
                                 source=url) from None
            except httpx.HTTPError as exc:
                raise FetchError(f"fetch failed ({type(exc).__name__}: {exc})",
                                 source=url) from None
        raise FetchError(f"too many redirects (more than {self.max_redirects})", source=url)
