// Browser test of several centers in one deployment: the widget on a Jeonbuk center's page (data-center)
// speaks for that center, and its seeker's handoff appears only in the Jeonbuk counselor's queue; the
// Incheon Seo-gu counselor sees it only when choosing all centers, then takes it over by a transfer.
// Run: DOYAK_BASE_URL=... DOYAK_CENTER_USERS=jb,sg DOYAK_CONSOLE_PASSWORD=... node --test src/test/js/centers.test.js
// (CenterBrowserIT does this in the build).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const { BASE, ARTIFACTS, until, launch } = require('./support');
const { page, login, widgetTexts, widgetSay, widgetPress } = require('./console-support');

const [JEONBUK_USER, SEOGU_USER] = (process.env.DOYAK_CENTER_USERS || '').split(',');
const PASSWORD = process.env.DOYAK_CONSOLE_PASSWORD;

let browser;
let site;
const problems = [];

/**
 * A Jeonbuk center's own site: a real web server on loopback, another origin than the service (allowed to
 * embed the widget by the default DOYAK_EMBED_ORIGINS), whose page carries the widget tag naming the center.
 * (A page faked with page.route counts as a public site, and Chromium then blocks its socket to loopback.)
 */
function startCenterSite() {
    const page = '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>전북 일자리센터</title></head>'
        + `<body><h1>전라북도 일자리센터</h1><script src="${BASE}/widget.js" data-center="jeonbuk" async></script>`
        + '</body></html>';
    const server = http.createServer((req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(page);
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

before(async () => {
    assert.ok(JEONBUK_USER && SEOGU_USER && PASSWORD, 'set DOYAK_CENTER_USERS=jeonbukUser,seoguUser and '
        + 'DOYAK_CONSOLE_PASSWORD');
    browser = await launch();
    site = await startCenterSite();
});

after(async () => {
    if (browser) {
        await browser.close();
    }
    if (site) {
        site.close();
    }
});

async function centerSite(p) {
    await p.goto(`http://127.0.0.1:${site.address().port}/jeonbuk-center-site.html`);
}

async function console(user) {
    const p = await page(browser, 1280, 800, problems);
    await p.goto(BASE + '/console');
    await p.locator('#user').waitFor();
    await login(p, user, PASSWORD);
    await until(async () => /실시간/.test(await p.locator('#conn').textContent()), 'the live socket');
    return p;
}

test('the widget on a center page speaks for that center and its handoff reaches only that queue', async () => {
    const jb = await console(JEONBUK_USER);
    const sg = await console(SEOGU_USER);
    assert.match(await jb.locator('#center option:checked').textContent(), /내 센터.*전라북도 일자리센터/);

    const seeker = await page(browser, 1024, 800, problems);
    await centerSite(seeker);
    await seeker.locator('doyak-widget .l').click();
    await widgetSay(seeker, '안녕하세요');
    await until(async () => (await widgetTexts(seeker)).some((m) => /전라북도 일자리센터 상담 챗봇/.test(m.text)),
        'the greeting naming the Jeonbuk center');
    await widgetSay(seeker, '상담사 연결해 주세요');
    await widgetPress(seeker, '네 연결해 주세요');
    await until(async () => (await widgetTexts(seeker)).some((m) => /대기 순서는 1번째/.test(m.text)), 'queued');

    const row = jb.locator('#list li', { hasText: '상담사 연결을 요청' });
    await row.waitFor();
    assert.match(await row.textContent(), /전라북도 일자리센터/, 'the row names the center');
    await until(async () => /대기 1/.test(await jb.locator('#centerFigures').textContent()), 'Jeonbuk waiting figure');
    await sg.reload();
    await until(async () => /실시간/.test(await sg.locator('#conn').textContent()), 'the live socket again');
    assert.equal(await sg.locator('#list li', { hasText: '상담사 연결을 요청' }).count(), 0,
        'not in the Incheon Seo-gu queue');

    await sg.locator('#center').selectOption('all');
    await sg.locator('#list li', { hasText: '상담사 연결을 요청' }).waitFor();
    await sg.locator('#center').selectOption('mine');
    await until(async () => (await sg.locator('#list li', { hasText: '상담사 연결을 요청' }).count()) === 0,
        'back to the own queue');

    await row.locator('button').click();
    await jb.locator('#transferBtn').click();
    await jb.locator('#toCenter').selectOption('incheon_seogu');
    await jb.locator('#transferNote').fill('서구로 이사했대요');
    await jb.locator('#transferConfirm').click();
    await sg.locator('#list li', { hasText: '상담사 연결을 요청' }).waitFor();
    await until(async () => (await jb.locator('#list li', { hasText: '상담사 연결을 요청' }).count()) === 0,
        'gone from the Jeonbuk queue');
    await until(async () => (await widgetTexts(seeker)).some((m) => /서구 기업&일자리 지원센터 상담팀으로/.test(m.text)),
        'the seeker is told in Korean, live');
    await sg.screenshot({ path: path.join(ARTIFACTS, 'console-centers-1280.png') });
    assert.deepEqual(problems, []);
});
