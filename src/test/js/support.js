// Shared by the browser test files: where the server is, where screenshots go, Chromium, polling.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { chromium } = require('playwright-core');

const BASE = (process.env.DOYAK_BASE_URL || '').replace(/\/$/, '');
const ARTIFACTS = path.resolve(process.env.DOYAK_ARTIFACTS || 'target/test-artifacts');

function chromiumPath() {
    if (process.env.CHROMIUM_PATH) {
        return process.env.CHROMIUM_PATH;
    }
    for (const name of ['chromium', 'chromium-browser']) {
        try {
            return execFileSync('sh', ['-c', 'command -v ' + name], { encoding: 'utf8' }).trim();
        } catch (e) {
            // try the next name
        }
    }
    throw new Error('Chromium not found: apt-get install -y chromium fonts-noto-cjk fonts-noto-color-emoji');
}

/** Polls fn until it returns a truthy value; fails with what it last saw. */
async function until(fn, what, timeout = 10000) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
        last = await fn();
        if (last) {
            return last;
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail('timed out waiting for ' + what + ' (last: ' + JSON.stringify(last) + ')');
}

/** Checks DOYAK_BASE_URL, makes the artifacts folder and launches headless Chromium. */
async function launch() {
    assert.ok(BASE, 'set DOYAK_BASE_URL to the running server, e.g. http://localhost:7070');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    return chromium.launch({
        executablePath: chromiumPath(),
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
}

module.exports = { BASE, ARTIFACTS, until, launch };
