"""Drives headless Chromium over the DevTools protocol through the web workspace: signs in
with the real login form, then renders pages to PNG. Fails on any console or network error.

Usage: web_browser.py DEVTOOLS_PORT BASE_URL USER PASSWORD OUT_DIR NAME=PATH...
"""
import base64
import json
import sys
import time
import urllib.request

import websocket

port, base, user, password, out_dir, *pages = sys.argv[1:]
target = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))[0]
ws = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=30)
errors = []
counter = 0


def call(method, **params):
    global counter
    counter += 1
    ws.send(json.dumps({"id": counter, "method": method, "params": params}))
    while True:
        message = json.loads(ws.recv())
        if message.get("id") == counter:
            if "error" in message:
                raise SystemExit(f"{method}: {message['error']}")
            return message.get("result", {})
        note(message)


def note(message):
    method = message.get("method")
    params = message.get("params", {})
    if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
        errors.append(f"console: {params.get('args')}")
    elif method == "Runtime.exceptionThrown":
        errors.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
    elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
        errors.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")


def load(url):
    call("Page.navigate", url=url)
    wait_loaded()


def wait_loaded():
    deadline = time.time() + 20
    while time.time() < deadline:
        state = call("Runtime.evaluate", expression="document.readyState + ' ' + location.pathname", returnByValue=True)
        if state["result"]["value"].startswith("complete"):
            time.sleep(0.2)
            return state["result"]["value"].split(" ", 1)[1]
        time.sleep(0.1)
    raise SystemExit("page did not finish loading")


for domain in ("Page", "Runtime", "Log"):
    call(f"{domain}.enable")
call("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False)

# Sign in as a person would: fill the form's fields and press its button.
load(f"{base}/login")
call("Runtime.evaluate", expression=(
    f"document.querySelector('[name=username]').value = {json.dumps(user)};"
    f"document.querySelector('[name=password]').value = {json.dumps(password)};"
    "document.querySelector('form.login button').click();"))
time.sleep(1)
if wait_loaded() != "/":
    raise SystemExit("signing in through the form did not reach the overview")

for page in pages:
    name, path = page.split("=", 1)
    load(base + path)
    height = call("Runtime.evaluate", expression="document.documentElement.scrollHeight", returnByValue=True)["result"]["value"]
    shot = call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                clip={"x": 0, "y": 0, "width": 1280, "height": min(height, 2400), "scale": 1})
    with open(f"{out_dir}/{name}.png", "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    print(f"rendered {path} to {out_dir}/{name}.png")

if errors:
    print("\n".join(errors), file=sys.stderr)
    raise SystemExit("the browser reported errors")
