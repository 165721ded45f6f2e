"""serve/: the read API, the write API and the dashboard (FastAPI + Jinja2, local assets only).

Entry point: `create_app(settings, store=None)`; `serve(settings, host, port)` runs it.
"""
