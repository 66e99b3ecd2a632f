// Browser tests of the web widget on the demo page, in Debian's Chromium driven by playwright-core.
// Run: DOYAK_BASE_URL=http://localhost:7070 node --test src/test/js/   (WidgetBrowserIT does this in the build)
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { BASE, ARTIFACTS, until, launch } = require('./support');

const MSG_PATH = /\/api\/web\/sessions\/[^/]+\/messages$/;
const XSS = '<img src=x onerror=alert(1)>';

let browser;
const dialogs = [];

before(async () => {
    browser = await launch();
});

after(async () => {
    if (browser) {
        await browser.close();
    }
});

/** A fresh visitor (empty localStorage) on the demo page. */
async function visitor(width = 1280, height = 860) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'ko-KR' });
    const page = await context.newPage();
    page.on('dialog', (d) => {
        dialogs.push(d.message());
        d.dismiss().catch(() => {});
    });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const posts = [];
    page.on('request', (r) => {
        if (r.method() === 'POST' && MSG_PATH.test(new URL(r.url()).pathname)) {
            posts.push(r.postDataJSON());
        }
    });
    await page.goto(BASE + '/');
    await page.locator('doyak-widget .l').waitFor();
    return { context, page, posts, w: widget(page) };
}

function widget(page) {
    const q = (sel) => page.locator('doyak-widget ' + sel);
    return {
        launcher: q('.l'),
        panel: q('.p'),
        input: q('textarea'),
        send: q('.s'),
        error: q('.er'),
        retry: q('.er .retry'),
        messages: q('.ms > .m:not([hidden])'),
        typing: q('.ty'),
        texts: () => page.locator('doyak-widget .ms > .m:not([hidden])').evaluateAll(
            (els) => els.map((e) => ({ who: e.className.split(' ')[1], text: e.querySelector('.t').textContent }))),
        focused: () => page.evaluate(() => {
            const a = document.activeElement;
            const inner = a && a.shadowRoot ? a.shadowRoot.activeElement : null;
            return inner ? inner.tagName.toLowerCase() + '.' + inner.className : (a ? a.tagName.toLowerCase() : '');
        }),
    };
}

async function openWidget(w) {
    await w.launcher.click();
    await w.panel.waitFor({ state: 'visible' });
}

async function waitIdle(w) {
    await w.typing.waitFor({ state: 'hidden' });
}

async function sendText(page, w, text) {
    const before = await w.messages.count();
    await w.input.fill(text);
    await w.input.press('Enter');
    await until(async () => (await w.messages.count()) >= before + 2, 'the message and a reply');
    await waitIdle(w);
}

test('the demo page is a Korean job-center page with the widget on it', async () => {
    const { context, page, w } = await visitor();
    assert.match(await page.title(), /고용센터/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
    assert.equal(await page.locator('script[src$="widget.js"]').count(), 1);
    assert.equal(await w.launcher.getAttribute('aria-expanded'), 'false');
    assert.match(await w.launcher.getAttribute('aria-label'), /챗봇/);
    await openWidget(w);
    assert.equal(await w.launcher.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('doyak-widget [role="log"][aria-live="polite"]').count(), 1);
    assert.equal(await w.focused(), 'textarea.', 'opening the widget focuses the input');
    await context.close();
});

test('Korean IME: Enter while composing sends nothing; after commit Enter sends; a button gets a reply; '
    + 'history survives a reload', async () => {
    const { context, page, posts, w } = await visitor();
    await openWidget(w);
    await w.input.evaluate((el) => {
        window.doyakKeys = [];
        el.addEventListener('keydown', (e) => window.doyakKeys.push({ key: e.key, composing: e.isComposing }));
    });
    const cdp = await context.newCDPSession(page);
    await w.input.focus();
    // 안 is finished and committed, 녕 is still being composed (ㄴ → 녀 → 녕) when Enter is pressed.
    await cdp.send('Input.imeSetComposition', { text: '아', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: '안', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '안' });
    for (const part of ['ㄴ', '녀', '녕']) {
        await cdp.send('Input.imeSetComposition', { text: part, selectionStart: 1, selectionEnd: 1 });
    }
    await page.keyboard.press('Enter');
    await page.waitForTimeout(700);
    const keys = await page.evaluate(() => window.doyakKeys);
    assert.ok(keys.some((k) => k.key === 'Enter' && k.composing), 'an Enter arrived during composition: '
        + JSON.stringify(keys));
    assert.equal(posts.length, 0, 'nothing was sent while composing');
    assert.equal(await w.messages.count(), 0);
    assert.equal((await w.input.inputValue()).trim(), '안녕');

    await cdp.send('Input.insertText', { text: '녕' });
    assert.equal((await w.input.inputValue()).trim(), '안녕');
    await page.keyboard.press('Enter');
    await until(async () => (await w.messages.count()) >= 2, 'the greeting');
    await waitIdle(w);
    assert.deepEqual(posts, [{ text: '안녕' }]);
    assert.equal(await w.input.inputValue(), '');
    const afterGreeting = await w.texts();
    assert.deepEqual(afterGreeting[0], { who: 'user', text: '안녕' });
    assert.equal(afterGreeting[1].who, 'bot');

    const buttons = page.locator('doyak-widget .ms > .m:last-child .q button');
    assert.ok((await buttons.count()) > 0, 'the greeting offers menu buttons');
    const title = await buttons.first().textContent();
    const count = await w.messages.count();
    await buttons.first().click();
    await until(async () => (await w.messages.count()) >= count + 2, 'the answer to the button');
    await waitIdle(w);
    assert.ok('payload' in posts[1] && !('text' in posts[1]), 'a button sends its payload: '
        + JSON.stringify(posts[1]));
    const afterButton = await w.texts();
    assert.deepEqual(afterButton[count], { who: 'user', text: title });
    assert.notEqual(afterButton[afterButton.length - 1].who, 'user');

    await page.reload();
    await openWidget(w);
    await until(async () => (await w.messages.count()) >= afterButton.length, 'the history after reload');
    assert.deepEqual(await w.texts(), afterButton, 'the same conversation, the pressed button by its title');
    await context.close();
});

test('markup in any message is shown as text, links are only http(s) and open safely', async () => {
    const { context, page, w } = await visitor();
    await openWidget(w);
    await sendText(page, w, XSS);
    const mine = (await w.texts()).find((m) => m.who === 'user');
    assert.equal(mine.text, XSS);

    // The bot's own content and counselors' replies go through the same path: serve a hostile reply.
    await page.route(MSG_PATH, (route) => {
        if (route.request().method() !== 'POST') {
            return route.fallback();
        }
        return route.fulfill({
            status: 200, contentType: 'application/json', body: JSON.stringify({ messages: [
                { from: 'bot', text: '<b>굵게</b> ' + XSS + ' javascript:alert(2) https://example.org/a?b=1.',
                    buttons: [{ title: '<i>버튼</i>', payload: 'x' }], at: new Date().toISOString() },
                { from: 'counselor', text: '<script>alert(3)</script>상담사 답변', at: new Date().toISOString() },
            ] }),
        });
    });
    await sendText(page, w, '테스트');
    await page.unroute(MSG_PATH);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('doyak-widget img, doyak-widget b, doyak-widget i:not(.ty i), '
        + 'doyak-widget .ms script, img[src="x"]').count(), 0, 'no element was made from message text');
    const texts = await w.texts();
    assert.ok(texts.some((m) => m.who === 'bot' && m.text.startsWith('<b>굵게</b> ' + XSS)));
    assert.ok(texts.some((m) => m.who === 'counselor' && m.text === '<script>alert(3)</script>상담사 답변'));
    assert.equal(await page.locator('doyak-widget .ms .q button', { hasText: '<i>버튼</i>' }).count(), 1);
    const links = await page.locator('doyak-widget .ms a').evaluateAll((as) => as.map((a) => (
        { href: a.getAttribute('href'), rel: a.rel, target: a.target })));
    assert.deepEqual(links, [{ href: 'https://example.org/a?b=1', rel: 'noopener noreferrer', target: '_blank' }]);
    assert.deepEqual(dialogs, [], 'no script ran');
    await context.close();
});

test('keyboard only: Tab to the launcher, Enter opens, type and send, Escape closes and focus returns',
    async () => {
        const { context, page, w } = await visitor();
        let onLauncher = false;
        for (let i = 0; i < 60 && !onLauncher; i++) {
            await page.keyboard.press('Tab');
            onLauncher = (await w.focused()) === 'button.l';
        }
        assert.ok(onLauncher, 'the launcher is reachable with Tab');
        await page.keyboard.press('Enter');
        await w.panel.waitFor({ state: 'visible' });
        assert.equal(await w.focused(), 'textarea.');
        await page.keyboard.type('안녕');
        await page.keyboard.press('Enter');
        await until(async () => (await w.messages.count()) >= 2, 'the reply');
        await waitIdle(w);
        // Tab reaches the quick replies (in the log) and the send button.
        const seen = new Set();
        for (let i = 0; i < 20; i++) {
            await page.keyboard.press('Shift+Tab');
            seen.add(await w.focused());
        }
        assert.ok([...seen].some((f) => f === 'button.'), 'a quick reply is focusable: ' + [...seen]);
        await w.input.focus();
        await page.keyboard.press('Escape');
        await w.panel.waitFor({ state: 'hidden' });
        assert.equal(await w.focused(), 'button.l', 'focus returns to the launcher');
        assert.equal(await w.launcher.getAttribute('aria-expanded'), 'false');
        await context.close();
    });

test('WebSocket: pushes appear live, a closed widget shows a badge, a dropped socket reconnects and fetches '
    + 'what it missed', async () => {
    const { page, context, w } = await visitor();
    const sockets = [];
    // Playwright plays the server's end of the socket, so the test can push and drop at will.
    await page.routeWebSocket(/\/ws\/web\//, (ws) => {
        sockets.push(ws);
    });
    await openWidget(w);
    await sendText(page, w, '안녕');
    await until(() => sockets.length === 1, 'the widget to open its socket');
    assert.match(sockets[0].url(), /\/ws\/web\/[^/?]+\?token=.+/);
    const pushed = [];
    const push = (message) => {
        const m = { at: new Date().toISOString(), buttons: [], ...message };
        pushed.push(m);
        sockets[sockets.length - 1].send(JSON.stringify({ type: 'message', message: m }));
    };
    push({ from: 'bot', kind: 'system', text: '상담사에게 연결되었어요.' });
    push({ from: 'counselor', text: '안녕하세요, 상담사 김도약입니다 🙂' });
    await until(async () => (await w.texts()).some((m) => m.who === 'counselor'), 'the counselor message');
    const live = await w.texts();
    assert.deepEqual(live.slice(-2), [{ who: 'system', text: '상담사에게 연결되었어요.' },
        { who: 'counselor', text: '안녕하세요, 상담사 김도약입니다 🙂' }]);
    assert.equal(await page.locator('doyak-widget .ms .counselor .n:not(.sr)').first().textContent(), '상담사');

    await w.input.focus();
    await page.keyboard.press('Escape');
    push({ from: 'counselor', text: '창을 닫은 동안 온 답변' });
    await until(async () => /새 메시지/.test(await w.launcher.getAttribute('aria-label')), 'the unread label');
    assert.ok(await page.locator('doyak-widget .dot').isVisible());
    await openWidget(w);
    assert.ok(!(await page.locator('doyak-widget .dot').isVisible()), 'opening clears the badge');

    // While the socket is down a counselor answers; the server's history has it, the widget must fetch it.
    const missed = { from: 'counselor', text: '연결이 끊긴 동안 보낸 답변', at: new Date().toISOString(), buttons: [] };
    await page.route(MSG_PATH, async (route) => {
        if (route.request().method() !== 'GET') {
            return route.fallback();
        }
        const response = await route.fetch();
        const json = await response.json();
        json.messages.push(...pushed, missed);
        return route.fulfill({ response, json });
    });
    await page.locator('doyak-widget .ms > .m').first().evaluate((el) => {
        el.dataset.mark = 'kept';
    });
    sockets[0].close();
    await page.locator('doyak-widget .st').waitFor({ state: 'visible' });
    await until(() => sockets.length === 2, 'a reconnect after backoff', 15000);
    await until(async () => (await w.texts()).some((m) => m.text === missed.text), 'the missed message');
    await page.locator('doyak-widget .st').waitFor({ state: 'hidden' });
    const texts = (await w.texts()).map((m) => m.text);
    assert.equal(texts.filter((t) => t === '안녕하세요, 상담사 김도약입니다 🙂').length, 1, 'nothing doubled');
    assert.equal(await page.locator('doyak-widget [data-mark="kept"]').count(), 1, 'appended, not redrawn');
    await context.close();
});

test('when the server is unreachable or fails, the typed text stays and a retryable error shows', async () => {
    const { context, page, posts, w } = await visitor();
    await openWidget(w);
    const text = '실업급여 신청은 어떻게 하나요?';
    await page.route(MSG_PATH, (route) => route.request().method() === 'POST'
        ? route.abort('connectionrefused') : route.fallback());
    await w.input.fill(text);
    await w.input.press('Enter');
    await w.error.waitFor({ state: 'visible' });
    assert.match(await w.error.textContent(), /연결할 수 없어요/);
    assert.equal(await w.input.inputValue(), text);
    assert.equal(await w.messages.count(), 0, 'the unsent message is not shown as sent');
    assert.equal(await w.error.getAttribute('role'), 'alert');

    await page.unroute(MSG_PATH);
    await page.route(MSG_PATH, (route) => route.request().method() === 'POST'
        ? route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' })
        : route.fallback());
    await w.retry.click();
    await until(async () => /오류 502/.test(await w.error.textContent()), 'the 502 error');
    assert.equal(await w.input.inputValue(), text);

    await page.unroute(MSG_PATH);
    await w.retry.click();
    await until(async () => (await w.messages.count()) >= 2, 'the message and reply after retry');
    await w.error.waitFor({ state: 'hidden' });
    assert.equal(await w.input.inputValue(), '');
    assert.deepEqual((await w.texts())[0], { who: 'user', text });
    assert.deepEqual(posts.filter((p) => p.text === text).length, 3);

    const long = '가'.repeat(4001);
    await w.input.fill(long);
    await w.input.press('Enter');
    await w.error.waitFor({ state: 'visible' });
    assert.match(await w.error.textContent(), /4,000/);
    assert.equal(await w.input.inputValue(), long, 'a too-long message is kept, not sent');
    assert.equal(posts.filter((p) => p.text === long).length, 0);
    await context.close();
});

/** Answers the next `times` POSTs to `pattern` with `status` and Retry-After, then lets them through. */
async function refuse(page, pattern, status, retryAfter, times = 1) {
    let left = times;
    await page.route(pattern, (route) => {
        if (route.request().method() !== 'POST' || left === 0) {
            return route.fallback();
        }
        left--;
        return route.fulfill({ status, headers: { 'Retry-After': String(retryAfter) },
            contentType: 'application/json', body: '{"error":"not now"}' });
    });
}

/** The seeker's messages the server stored, read with the widget's own session. */
async function storedUserTexts(page) {
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), 'doyak.widget:' + BASE);
    const res = await fetch(BASE + '/api/web/sessions/' + saved.id + '/messages',
        { headers: { Authorization: 'Bearer ' + saved.token } });
    return (await res.json()).messages.filter((m) => m.from === 'user').map((m) => m.text);
}

async function deliveredAfterWait(page, w, text) {
    await until(async () => (await w.texts()).some((m) => m.who !== 'user'), 'the reply after the wait', 15000);
    await waitIdle(w);
    await w.error.waitFor({ state: 'hidden' });
    assert.equal(await page.locator('doyak-widget .m.pending').count(), 0, 'nothing left pending');
    assert.deepEqual((await w.texts()).filter((m) => m.who === 'user').map((m) => m.text), [text]);
    assert.deepEqual(await storedUserTexts(page), [text], 'the server got it exactly once');
}

test('429 and 503: their own text, the message stays pending and is sent once after Retry-After', async () => {
    for (const [status, says] of [[429, /메시지가 많이 몰려/], [503, /저장할 수 없어요/]]) {
        const { context, page, posts, w } = await visitor();
        await openWidget(w);
        const text = '국민취업지원제도 ' + status;
        await refuse(page, MSG_PATH, status, 2);
        await w.input.fill(text);
        await w.input.press('Enter');
        await w.error.waitFor({ state: 'visible' });
        const error = await w.error.textContent();
        assert.match(error, says);
        assert.match(error, /2초 뒤에 자동으로 다시 보낼게요/);
        assert.doesNotMatch(error, /오류 \d+/, 'not the generic error');
        assert.deepEqual(await page.locator('doyak-widget .m.user.pending .t').allTextContents(), [text],
            'shown as pending while it waits');
        assert.equal(await w.input.inputValue(), '');
        await deliveredAfterWait(page, w, text);
        assert.equal(posts.filter((p) => p.text === text).length, 2, 'the refused try and one retry');
        await context.close();
    }
});

test('a new chat refused with 429 or 503 starts by itself after Retry-After, the first message kept', async () => {
    for (const status of [429, 503]) {
        const { context, page, posts, w } = await visitor();
        await openWidget(w);
        await refuse(page, '**/api/web/sessions', status, 1);
        await page.locator('doyak-widget .intro .q button').click();
        await w.error.waitFor({ state: 'visible' });
        assert.match(await w.error.textContent(), /1초 뒤에 자동으로 다시 보낼게요/);
        assert.equal(posts.length, 0, 'no message without a session');
        assert.equal(await page.locator('doyak-widget .m.user.pending').count(), 1);
        await deliveredAfterWait(page, w, '안녕');
        await context.close();
    }
});

test('refused again after the wait: the text goes back to the input, the retry button sends it once',
    async () => {
        const { context, page, posts, w } = await visitor();
        await openWidget(w);
        await sendText(page, w, '안녕');
        const text = '실업급여 얼마나 받아요?';
        await refuse(page, MSG_PATH, 429, 1, 2);
        await w.input.fill(text);
        await w.input.press('Enter');
        await until(async () => /보내지 못했어요/.test(await w.error.textContent()), 'the second refusal', 15000);
        assert.equal(posts.filter((p) => p.text === text).length, 2, 'one automatic retry only');
        assert.equal(await w.input.inputValue(), text, 'the text is back in the input');
        assert.equal(await page.locator('doyak-widget .m.pending').count(), 0);
        assert.ok(await w.retry.isVisible());
        await w.retry.click();
        await until(async () => (await w.texts()).filter((m) => m.who === 'user').length === 2, 'the message');
        await waitIdle(w);
        await w.error.waitFor({ state: 'hidden' });
        assert.deepEqual(await storedUserTexts(page), ['안녕', text]);
        await context.close();
    });

test('a message whose answer was lost on the way is shown as sent, not given back to be sent twice', async () => {
    const { context, page, posts, w } = await visitor();
    await openWidget(w);
    await sendText(page, w, '안녕');
    const text = '직업훈련 받고 싶어요';
    let lost = 0;
    await page.route(MSG_PATH, async (route) => {
        if (route.request().method() !== 'POST' || lost > 0) {
            return route.fallback();
        }
        lost++;
        await route.fetch(); // the server takes the turn; its answer never reaches the page
        return route.abort('connectionreset');
    });
    await w.input.fill(text);
    await w.input.press('Enter');
    await until(async () => (await w.texts()).length >= 4, 'the reply, from the history');
    await waitIdle(w);
    assert.equal(lost, 1);
    assert.ok(await w.error.isHidden(), 'no error: it was delivered');
    assert.equal(await w.input.inputValue(), '', 'not given back to be sent again');
    assert.equal(await page.locator('doyak-widget .m.pending').count(), 0);
    assert.deepEqual(await storedUserTexts(page), ['안녕', text]);
    assert.equal(posts.filter((p) => p.text === text).length, 1);
    await context.close();
});

test('while a refused message waits: a reload puts it back in the input; a language switch follows it', async () => {
    const { context, page, posts, w } = await visitor();
    await openWidget(w);
    await sendText(page, w, '안녕');
    const text = '면접 준비 도와주세요';
    await refuse(page, MSG_PATH, 503, 30);
    await w.input.fill(text);
    await w.input.press('Enter');
    await until(async () => /30초 뒤에/.test(await w.error.textContent()), 'the wait');
    await page.reload();
    await openWidget(w);
    await until(async () => (await w.input.inputValue()) === text, 'the waiting text back in the input');
    assert.equal(await page.locator('doyak-widget .m.pending').count(), 0);
    assert.deepEqual(await storedUserTexts(page), ['안녕'], 'nothing was stored while it waited');

    await refuse(page, MSG_PATH, 429, 1);
    await w.input.press('Enter');
    await w.error.waitFor({ state: 'visible' });
    await page.locator('doyak-widget .lg').click();
    await until(async () => posts.some((p) => p.payload === 'lang:en'), 'the language after the message', 15000);
    await waitIdle(w);
    const order = posts.map((p) => p.text || p.payload);
    assert.ok(order.lastIndexOf(text) < order.indexOf('lang:en'), 'the waiting message goes first: ' + order);
    assert.equal((await storedUserTexts(page)).filter((t) => t === text).length, 1);
    await context.close();
});

test('when even its texts cannot be fetched, the widget says so in Korean; a retry starts it', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.route('**/api/web/texts', (route) => route.abort('connectionrefused'));
    await page.goto(BASE + '/');
    const w = widget(page);
    await w.launcher.waitFor();
    assert.equal(await w.launcher.getAttribute('aria-label'), '상담 챗봇 열기');
    await openWidget(w);
    await w.error.waitFor({ state: 'visible' });
    assert.match(await w.error.textContent(), /서버에 연결할 수 없어요/);
    assert.ok(await w.input.isHidden(), 'no input while the widget cannot work');
    await page.unroute('**/api/web/texts');
    await w.retry.click();
    await w.input.waitFor({ state: 'visible' });
    await w.error.waitFor({ state: 'hidden' });
    assert.equal(await w.send.textContent(), '보내기', 'the texts from dialogs/ once they arrive');
    await sendText(page, w, '안녕');
    assert.equal((await w.texts())[0].text, '안녕');
    await context.close();
});

test('language toggle switches the widget to English and tells the server; reset starts afresh', async () => {
    const { context, page, posts, w } = await visitor();
    await openWidget(w);
    await sendText(page, w, '안녕');
    const langBtn = page.locator('doyak-widget .lg');
    assert.equal(await langBtn.textContent(), 'English');
    await langBtn.click();
    await until(async () => posts.some((p) => p.payload === 'lang:en'), 'the lang:en payload');
    await waitIdle(w);
    assert.equal(await w.input.getAttribute('placeholder'), 'Type a message');
    assert.equal(await langBtn.textContent(), '한국어');
    assert.equal(await w.send.textContent(), 'Send');

    await page.reload();
    await openWidget(w);
    assert.equal(await w.send.textContent(), 'Send', 'the language choice survives a reload');
    await until(async () => (await w.messages.count()) >= 2, 'the history');
    await page.locator('doyak-widget .rs').click();
    assert.equal(await w.focused(), 'button.btn pri', 'the confirmation gets focus');
    await page.locator('doyak-widget .cf .pri').click();
    assert.equal(await w.messages.count(), 0);
    await page.reload();
    await openWidget(w);
    await page.waitForTimeout(500);
    assert.equal(await w.messages.count(), 0, 'the old conversation is gone after a reset');
    await langBtn.click();
    assert.equal(await w.send.textContent(), '보내기');

    // A language button in the bot's own content (payload lang:toggle) switches the widget's texts too.
    await page.route(MSG_PATH, (route) => route.request().method() === 'POST'
        ? route.fulfill({ json: { messages: [{ from: 'bot', text: '언어를 골라 주세요.',
            buttons: [{ title: 'English', payload: 'lang:toggle' }] }] } })
        : route.fallback());
    await sendText(page, w, '언어');
    await page.unroute(MSG_PATH);
    await page.locator('doyak-widget .ms .q button', { hasText: 'English' }).last().click();
    await until(async () => posts.some((p) => p.payload === 'lang:toggle'), 'the lang:toggle payload');
    await waitIdle(w);
    assert.equal(await w.send.textContent(), 'Send');
    await context.close();
});

test('screenshots at 1280 and 375 px show Hangul and emoji', async () => {
    for (const [width, height] of [[1280, 860], [375, 740]]) {
        const { context, page, w } = await visitor(width, height);
        await openWidget(w);
        await sendText(page, w, '안녕');
        await sendText(page, w, '취업 준비 중이에요 😊 English and 한국어 mixed, '
            + '아주긴단어도줄바꿈이잘되는지확인하기위한아주아주긴한국어문장입니다');
        const file = path.join(ARTIFACTS, 'widget-' + width + '.png');
        await page.screenshot({ path: file });
        assert.ok(fs.statSync(file).size > 10000, file);
        const box = await w.panel.boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= width + 1, 'the panel fits the viewport at ' + width);
        const overflow = await page.locator('doyak-widget .t').evaluateAll(
            (ts) => ts.filter((t) => t.scrollWidth > t.clientWidth + 1).length);
        assert.equal(overflow, 0, 'long messages wrap');
        await context.close();
    }
});

test('embedded on another site with data- attributes: English, left, own colour and title, API cross-origin',
    async () => {
        // Another site on another origin (a second loopback server: Chromium forbids public pages to call loopback).
        const html = '<!DOCTYPE html><html lang="en"><head><title>Other center</title>'
            + '<style>button, div, p { all: unset; color: red !important; font-size: 40px !important; }</style>'
            + '</head><body><p>Another job center</p><script src="' + BASE + '/widget.js" data-lang="en" '
            + 'data-title="Sunrise Job Center" data-color="#ffcc00" data-position="left"></script></body></html>';
        const site = http.createServer((req, res) => {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
            res.end(html);
        });
        await new Promise((r) => site.listen(0, '127.0.0.1', r));
        const host = 'http://127.0.0.1:' + site.address().port;
        assert.notEqual(new URL(host).origin, new URL(BASE).origin);
        const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
        const page = await context.newPage();
        await page.goto(host + '/');
        const w = widget(page);
        await w.launcher.waitFor();
        assert.equal(await w.launcher.getAttribute('aria-label'), 'Open the chat assistant');
        const colours = await w.launcher.evaluate((el) => [getComputedStyle(el).backgroundColor,
            getComputedStyle(el).color]);
        assert.deepEqual(colours, ['rgb(255, 204, 0)', 'rgb(17, 17, 17)'], 'dark text on a light accent');
        await openWidget(w);
        assert.equal(await page.locator('doyak-widget h2').textContent(), 'Sunrise Job Center');
        assert.equal(await w.send.textContent(), 'Send');
        const box = await w.panel.boundingBox();
        assert.ok(box.x < 100, 'the panel sits on the left: ' + JSON.stringify(box));
        const font = await w.send.evaluate((el) => getComputedStyle(el).fontSize);
        assert.notEqual(font, '40px', 'the host page\'s CSS does not leak in');
        await sendText(page, w, 'hello');
        const texts = await w.texts();
        assert.deepEqual(texts[0], { who: 'user', text: 'hello' });
        assert.notEqual(texts[1].who, 'user', 'the server answered a request from another origin');
        await context.close();
        site.close();
    });

test('the widget fits a 320 px wide screen', async () => {
    const { context, w } = await visitor(320, 568);
    await openWidget(w);
    const box = await w.panel.boundingBox();
    assert.ok(box.width <= 320 && box.x >= 0, JSON.stringify(box));
    const send = await w.send.boundingBox();
    assert.ok(send.x + send.width <= 320, 'the send button is on screen');
    await context.close();
});

test('continue on Telegram: hidden while the server has no bot (404), a safe t.me link when it has one',
    async () => {
        const { context, page, w } = await visitor();
        const asked = [];
        page.on('response', (r) => {
            if (/\/telegram-link$/.test(new URL(r.url()).pathname)) {
                asked.push(r.status());
            }
        });
        await openWidget(w);
        await sendText(page, w, '안녕');
        await until(() => asked.length === 1, 'the widget to ask for a link');
        assert.deepEqual(asked, [404], 'this test server runs without Telegram');
        const link = page.locator('doyak-widget a.tg');
        assert.ok(await link.isHidden());

        const url = 'https://t.me/doyak_test_bot?start=Ab-1_x';
        let answer = { url: 'javascript:alert(1)//t.me/x', expiresAt: new Date(Date.now() + 900000).toISOString() };
        await page.route(/\/telegram-link$/, (route) => route.fulfill({ json: answer }));
        await page.reload();
        await openWidget(w);
        await page.waitForTimeout(500);
        assert.ok(await link.isHidden(), 'a link that is not https://t.me/ is never shown');
        answer = { url, expiresAt: new Date(Date.now() + 900000).toISOString() };
        await page.reload();
        await openWidget(w);
        await link.waitFor({ state: 'visible' });
        assert.deepEqual(await link.evaluate((a) => [a.getAttribute('href'), a.target, a.rel, a.textContent]),
            [url, '_blank', 'noopener noreferrer', '텔레그램에서 이어가기']);
        await context.route('https://t.me/**', (route) => route.fulfill({ contentType: 'text/html', body: 'Telegram' }));
        const opened = context.waitForEvent('page');
        await link.click();
        const tab = await opened;
        await tab.waitForLoadState();
        assert.equal(tab.url(), url);
        assert.equal(await tab.evaluate(() => window.opener), null, 'the new tab cannot reach the host page');
        assert.ok(await link.isHidden(), 'a used link is hidden until a fresh one is fetched');
        assert.deepEqual(dialogs, []);
        await context.close();
    });
