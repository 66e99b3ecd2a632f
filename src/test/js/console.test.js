// Browser test of the counselor console: a seeker on the real widget asks for a person, a counselor logs in
// on /console, claims, answers, sees the seeker's reply arrive live, and closes.
// Run: DOYAK_BASE_URL=... DOYAK_CONSOLE_USER=... DOYAK_CONSOLE_PASSWORD=... node --test src/test/js/console.test.js
// (ConsoleBrowserIT does this in the build, with counselors' hours "always" and a fresh counselor account).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { BASE, ARTIFACTS, until, launch } = require('./support');

const USER = process.env.DOYAK_CONSOLE_USER;
const PASSWORD = process.env.DOYAK_CONSOLE_PASSWORD;
const XSS = '<img src=x onerror=alert(1)>';

let browser;

before(async () => {
    assert.ok(USER && PASSWORD, 'set DOYAK_CONSOLE_USER and DOYAK_CONSOLE_PASSWORD to a counselor account '
        + '(java -jar target/doyak.jar user add --username NAME --role counselor --password-stdin)');
    browser = await launch();
});

after(async () => {
    if (browser) {
        await browser.close();
    }
});

/** A page that fails the test on an alert (the console reports failed actions with one) or a script error. */
async function page(width, height, problems) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'ko-KR', timezoneId: 'UTC' });
    const p = await context.newPage();
    p.on('dialog', (d) => {
        problems.push('dialog: ' + d.message());
        d.dismiss().catch(() => {});
    });
    p.on('pageerror', (e) => problems.push('page error: ' + e.message));
    return p;
}

/** The widget's visible messages as {who, text}. */
function widgetTexts(p) {
    return p.locator('doyak-widget .ms > .m:not([hidden])').evaluateAll(
        (els) => els.map((e) => ({ who: e.className.split(' ')[1], text: e.querySelector('.t').textContent })));
}

async function widgetSay(p, text) {
    await p.locator('doyak-widget textarea').fill(text);
    await p.locator('doyak-widget textarea').press('Enter');
}

test('a counselor logs in, sees a widget seeker waiting, claims, answers live, gets the reply live, closes',
    async () => {
        const problems = [];
        const counselor = await page(1280, 800, problems);
        await counselor.goto(BASE + '/console');
        assert.equal(await counselor.locator('html').getAttribute('lang'), 'ko');
        await counselor.locator('#user').fill(USER);
        await counselor.locator('#pass').fill('wrong password');
        await counselor.locator('#login button').click();
        await until(async () => /로그인 실패/.test(await counselor.locator('#loginError').textContent()),
            'the login error');
        await counselor.locator('#pass').fill(PASSWORD);
        await counselor.locator('#login button').click();
        await counselor.locator('#app').waitFor({ state: 'visible' });
        assert.equal(await counselor.locator('#me').textContent(), USER);
        assert.equal(await counselor.locator('#waiting li').count(), 0, 'nobody waits yet');

        // The seeker, on the demo page's widget, asks for a person.
        const asked = Date.now();
        const seeker = await page(1024, 800, problems);
        await seeker.goto(BASE + '/');
        await seeker.locator('doyak-widget .l').click();
        await widgetSay(seeker, '상담사 연결해 주세요');
        const yes = seeker.locator('doyak-widget .ms .q button', { hasText: '네 연결해 주세요' });
        await yes.waitFor();
        await yes.click();
        await until(async () => (await widgetTexts(seeker)).some((m) => /대기 순서는 1번째/.test(m.text)),
            'the queue notice in the widget');

        // It appears in the console without a reload (the console socket).
        const row = counselor.locator('#waiting li', { hasText: 'web' });
        await row.waitFor({ timeout: 10000 });
        await row.click();
        await until(async () => /상담사 연결해 주세요/.test(await counselor.locator('#transcript').textContent()),
            'the transcript with the seeker\'s request');
        assert.match(await counselor.locator('#packet').textContent(), /waiting · web\/ko/);
        const seoul = [];
        for (let t = asked - 60000; t <= Date.now() + 60000; t += 60000) {
            seoul.push(new Date(t).toLocaleTimeString('ko-KR', { timeZone: 'Asia/Seoul', hour12: false,
                hour: '2-digit', minute: '2-digit' }));
        }
        const shown = (await counselor.locator('#transcript .m').first().textContent()).slice(1, 6);
        assert.ok(seoul.includes(shown), 'times are Seoul time on a UTC PC: ' + shown + ' not in ' + seoul);
        await counselor.locator('#claim').click();
        await counselor.locator('#active li', { hasText: USER }).waitFor();
        assert.equal(await counselor.locator('#waiting li').count(), 0);
        assert.ok(await counselor.locator('#claim').isDisabled(), 'a claimed handoff cannot be claimed again');
        await until(async () => (await widgetTexts(seeker)).some((m) => /상담사가 연결되었어요/.test(m.text)),
            'the seeker told that a counselor joined');

        const answer = '안녕하세요, 상담사 김도약입니다. 무엇을 도와드릴까요?';
        await counselor.locator('#text').fill(answer);
        await counselor.locator('#send').click();
        await until(async () => (await widgetTexts(seeker)).some((m) => m.who === 'counselor' && m.text === answer),
            'the counselor\'s answer in the widget');
        assert.equal(await counselor.locator('#text').inputValue(), '', 'the reply box is emptied');

        const reply = '이력서 첨삭을 받고 싶어요 ' + XSS;
        await widgetSay(seeker, reply);
        await until(async () => (await counselor.locator('#transcript .m.user').allTextContents())
            .some((t) => t.endsWith(reply)), 'the seeker\'s reply in the console, live');
        assert.equal(await counselor.locator('#transcript img').count(), 0, 'the seeker\'s text stays text');

        const shot = path.join(ARTIFACTS, 'console-1280.png');
        await counselor.screenshot({ path: shot });
        assert.ok(fs.statSync(shot).size > 10000, shot);

        await counselor.locator('#closeNote').fill('이력서 첨삭 프로그램 안내');
        await counselor.locator('#close').click();
        await until(async () => (await counselor.locator('#active li').count()) === 0, 'the active list emptied');
        assert.match(await counselor.locator('#packet').textContent(), /closed/);
        await until(async () => (await widgetTexts(seeker)).some((m) => /상담이 도움이 되셨나요/.test(m.text)),
            'the bot back in the widget with its satisfaction question');
        assert.deepEqual(problems, []);

        await counselor.locator('#logout').click();
        await counselor.locator('#login').waitFor({ state: 'visible' });
        await seeker.context().close();
        await counselor.context().close();
    });
