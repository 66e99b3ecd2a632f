// Browser test: the widget's own texts live in dialogs/messages.yaml (widget:). A staff member changes one,
// the service publishes it, and the next widget load shows it, in Korean and, with the English widget, in English.
// Run: DOYAK_BASE_URL=... DOYAK_DIALOGS_DIR=... node --test src/test/js/widget-texts.test.js
// (WidgetTextsBrowserIT does this in the build on a copy of the dialogs; never point it at the repository's).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { BASE, until, launch } = require('./support');

const DIALOGS = process.env.DOYAK_DIALOGS_DIR;
const SEND = '  send:\n    ko: "보내기"\n    en: "Send"\n';
const SEND_NEW = '  send:\n    ko: "질문 보내기"\n    en: "Ask"\n';
const PLACEHOLDER = '    ko: "메시지를 입력하세요"\n';
const PLACEHOLDER_NEW = '    ko: "궁금한 점을 적어 주세요"\n';

let browser;

before(async () => {
    assert.ok(DIALOGS, 'set DOYAK_DIALOGS_DIR to the dialogs folder the server watches (a copy)');
    browser = await launch();
});

after(async () => {
    if (browser) {
        await browser.close();
    }
});

function editMessages(from, to) {
    const file = path.join(DIALOGS, 'messages.yaml');
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.includes(from), 'messages.yaml has ' + JSON.stringify(from));
    fs.writeFileSync(file, text.replace(from, to));
}

async function widgetOn(page, url) {
    await page.goto(url);
    await page.locator('doyak-widget .l').click();
    await page.locator('doyak-widget .p').waitFor({ state: 'visible' });
    return {
        send: () => page.locator('doyak-widget .s').textContent(),
        placeholder: () => page.locator('doyak-widget textarea').getAttribute('placeholder'),
    };
}

test('a widget text changed in dialogs/ and published shows at the next load, in Korean and in English',
    async () => {
        const context = await browser.newContext({ locale: 'ko-KR' });
        const page = await context.newPage();
        page.on('pageerror', (e) => console.error('page error:', e.message));
        let w = await widgetOn(page, BASE + '/');
        assert.equal(await w.send(), '보내기');
        assert.equal(await w.placeholder(), '메시지를 입력하세요');

        editMessages(SEND, SEND_NEW);
        editMessages(PLACEHOLDER, PLACEHOLDER_NEW);
        // The service publishes the edit by itself (it watches the folder); its texts route shows when.
        await until(async () => {
            const texts = await (await fetch(BASE + '/api/web/texts')).json();
            return texts.ko.send === '질문 보내기' && texts.ko.placeholder === '궁금한 점을 적어 주세요';
        }, 'the published texts', 90000);

        w = await widgetOn(page, BASE + '/');
        assert.equal(await w.send(), '질문 보내기');
        assert.equal(await w.placeholder(), '궁금한 점을 적어 주세요');
        await page.locator('doyak-widget .lg').click();
        assert.equal(await w.send(), 'Ask', 'the language button shows the English text');
        assert.equal(await w.placeholder(), 'Type a message');
        await context.close();

        // A site that embeds the English widget (data-lang="en") shows the English text from the first load.
        const site = http.createServer((req, res) => {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
            res.end('<!DOCTYPE html><html lang="en"><head><title>Job center</title></head><body>'
                + '<script src="' + BASE + '/widget.js" data-lang="en"></script></body></html>');
        });
        await new Promise((r) => site.listen(0, '127.0.0.1', r));
        const english = await browser.newContext();
        const other = await english.newPage();
        w = await widgetOn(other, 'http://127.0.0.1:' + site.address().port + '/');
        assert.equal(await w.send(), 'Ask');
        assert.equal(await other.locator('doyak-widget .lg').textContent(), '한국어');
        await english.close();
        site.close();
    });
