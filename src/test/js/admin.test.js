// Browser test of the staff dashboard: conversations made through the widget API show up as figures,
// charts, a flow picture and the inbox of misunderstood messages.
// Run: DOYAK_BASE_URL=... DOYAK_ADMIN_USER=... DOYAK_ADMIN_PASSWORD=... node --test src/test/js/admin.test.js
// (DashboardBrowserIT does this in the build with a fresh admin account).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { BASE, ARTIFACTS, until, launch } = require('./support');

const USER = process.env.DOYAK_ADMIN_USER;
const PASSWORD = process.env.DOYAK_ADMIN_PASSWORD;

let browser;

before(async () => {
    assert.ok(USER && PASSWORD, 'set DOYAK_ADMIN_USER and DOYAK_ADMIN_PASSWORD to an admin account '
        + '(java -jar target/doyak.jar user add --username NAME --role admin --password-stdin)');
    browser = await launch();
});

after(async () => {
    if (browser) {
        await browser.close();
    }
});

async function post(p, body, token) {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    const r = await fetch(BASE + p, { method: 'POST', headers, body: JSON.stringify(body) });
    return r.json();
}

async function conversation(...messages) {
    const s = await post('/api/web/sessions', { lang: 'ko' });
    for (const m of messages) {
        await post('/api/web/sessions/' + s.sessionId + '/messages', m, s.token);
    }
}

test('an admin sees figures, charts, a flow picture with seekers per step and the inbox', async () => {
    await conversation({ text: '안녕' }, { payload: 'centers' });
    await conversation({ text: 'qqq zzz xxx' });
    await conversation({ text: 'qqqzzz xxx?' });
    const problems = [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push('page error: ' + e.message));
    await page.goto(BASE + '/admin');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
    await page.locator('#user').fill(USER);
    await page.locator('#pass').fill(PASSWORD);
    await page.locator('#pass').press('Enter');
    await page.locator('body[data-ready=true]').waitFor({ timeout: 20000 }).catch(async (e) => {
        await page.screenshot({ path: path.join(ARTIFACTS, 'admin-failed.png') });
        assert.fail('the dashboard did not load: ' + e.message + ' ' + JSON.stringify(problems));
    });
    await until(async () => {
        if (Number(await page.locator('#k-conversations').textContent()) >= 3) return true;
        await page.reload();
        await page.locator('body[data-ready=true]').waitFor({ timeout: 20000 });
        return false;
    }, 'three conversations counted', 30000);
    assert.ok(Number(await page.locator('#k-turns').textContent()) >= 4);
    assert.equal(await page.locator('#chart-conv canvas').count(), 1, 'the conversations chart is drawn');
    const group = page.locator('#inbox li').filter({ hasText: 'qqq' });
    assert.match(await group.textContent(), /2건/);
    await page.locator('#flows tr[data-flow=welcome]').click();
    await until(async () => (await page.locator('#flow-graph svg').count()) > 0, 'the flow picture');
    assert.match(await page.locator('#flow-graph').textContent(), /명/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-1280.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
});
