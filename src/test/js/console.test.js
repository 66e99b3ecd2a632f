// Browser tests of the counselor console against the real server and the real widget. One seeker's
// story runs through them in order: the seeker card, alerts in a background tab, typing both ways,
// "seen", keyboard-only claim / reply / close, search, the team lead's view, a phone-sized screen.
// Run: DOYAK_BASE_URL=... DOYAK_CONSOLE_USER=... DOYAK_CONSOLE_PASSWORD=... DOYAK_CONSOLE_ADMIN=...
// node --test src/test/js/console.test.js (ConsoleBrowserIT does this in the build).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { BASE, ARTIFACTS, until, launch } = require('./support');
const { page, login, setHidden, widgetTexts, widgetSay, widgetPress, seekerToCounselor } = require('./console-support');

const USER = process.env.DOYAK_CONSOLE_USER;
const PASSWORD = process.env.DOYAK_CONSOLE_PASSWORD;
const ADMIN = process.env.DOYAK_CONSOLE_ADMIN;
const XSS = '<img src=x onerror=alert(1)>';

let browser;
let counselor;
let seeker;
const problems = [];

before(async () => {
    assert.ok(USER && PASSWORD && ADMIN, 'set DOYAK_CONSOLE_USER, DOYAK_CONSOLE_PASSWORD (a counselor) and '
        + 'DOYAK_CONSOLE_ADMIN (an admin with the same password)');
    browser = await launch();
});

after(async () => {
    if (browser) {
        await browser.close();
    }
});

test('a new seeker in a background tab: a sound, a notification and the count in the tab title', async () => {
    counselor = await page(browser, 1280, 800, problems, { notifications: true });
    await counselor.goto(BASE + '/console');
    assert.equal(await counselor.locator('html').getAttribute('lang'), 'ko');
    await counselor.locator('#user').fill(USER);
    await counselor.locator('#pass').fill('wrong password');
    await counselor.locator('#login button').click();
    await until(async () => /로그인 실패/.test(await counselor.locator('#loginError').textContent()), 'login error');
    await counselor.locator('#pass').fill(PASSWORD);
    await counselor.locator('#login button').click();
    await counselor.locator('#app').waitFor({ state: 'visible' });
    assert.equal(await counselor.locator('#me').textContent(), USER);
    await until(async () => /실시간/.test(await counselor.locator('#conn').textContent()), 'the live socket');
    assert.equal(await counselor.locator('#list li').count(), 0, 'nobody waits yet');
    await setHidden(counselor, true);

    seeker = await page(browser, 1024, 800, problems);
    await seekerToCounselor(seeker);

    const notes = await until(async () => {
        const n = await counselor.evaluate(() => window.__notifications);
        return n.length ? n : null;
    }, 'a browser notification in the background tab');
    assert.match(notes[0].title, /새 상담 요청/);
    assert.match(notes[0].body, /상담사 연결을 요청/, 'the reason, in Korean');
    assert.ok(await counselor.evaluate(() => window.__chimes > 0), 'a sound was played');
    await until(async () => /^\(1\) /.test(await counselor.title()), 'the waiting count in the tab title');
});

test('the seeker card shows what the bot learned, the reason in Korean, and folds the bot part', async () => {
    await setHidden(counselor, false);
    const row = counselor.locator('#list li', { hasText: '상담사 연결을 요청' });
    await row.waitFor();
    assert.match(await row.textContent(), /웹 · Web/);
    await row.locator('button').click();
    const facts = counselor.locator('#facts');
    await facts.waitFor();
    const card = await facts.innerText();
    for (const expected of [/나이 · Age\s+25세/, /지역 · Region\s+부천/, /상태 · Status\s+구직 중/,
        /실업급여 · Unemployment benefit\s+수급 중/, /맞는 프로그램 · Programs that fit/, /국민취업지원제도: 구직 중/]) {
        assert.match(card, expected);
    }
    const whole = await counselor.locator('#card').innerText();
    assert.doesNotMatch(whole, /\w+=\w+/, 'no key=value');
    assert.match(whole, /구직자가 상담사 연결을 요청했어요/);
    assert.match(whole, /대기 시간 · Waiting/);
    const folded = counselor.locator('#transcript details.bot-part');
    assert.ok(await folded.count() > 0, 'the bot part is folded');
    assert.equal(await folded.first().getAttribute('open'), null, 'folded means closed');
    assert.ok(await counselor.locator('#transcript > .msg.user', { hasText: '상담사 연결해 주세요' }).isVisible(),
        'the seeker\'s own words stand out');
    const shot = path.join(ARTIFACTS, 'console-1280.png');
    await counselor.screenshot({ path: shot });
    assert.ok(fs.statSync(shot).size > 10000, shot);
});

test('keyboard only: next waiting, claim, canned reply, send, typing both ways, seen, close', async () => {
    const keys = counselor.keyboard;
    await counselor.locator('#transcript').focus();
    await keys.press('Alt+N');
    await until(async () => counselor.evaluate(() => document.activeElement.id === 'claim'), 'focus on claim');
    await keys.press('Enter');
    await until(async () => counselor.evaluate(() => document.activeElement.id === 'text'), 'focus in the reply box');
    await until(async () => (await widgetTexts(seeker)).some((m) => /상담사가 연결되었어요/.test(m.text)), 'joined');

    await keys.type('안녕하세요, 상담사입니다. ');
    await until(async () => /상담사가 입력하고 있어요/.test(await seeker.locator('doyak-widget .sr[role=status]')
        .first().textContent()), 'the counselor typing, shown in the widget');
    await keys.press('Alt+R');
    await keys.type('visit_center');
    await keys.press('Enter');
    assert.match(await counselor.locator('#text').inputValue(), /가까운 고용센터|센터에서/, 'canned reply filled');
    await keys.press('Control+Enter');
    await until(async () => (await widgetTexts(seeker)).some((m) => m.who === 'counselor' && /상담사입니다/.test(m.text)),
        'the reply in the widget');
    await until(async () => (await counselor.locator('#text').inputValue()) === '', 'the box emptied after sending');

    await seeker.locator('doyak-widget textarea').type('이력서 ', { delay: 30 });
    await until(async () => /구직자가 입력 중/.test(await counselor.locator('#seekerTyping').textContent()),
        'the seeker typing, shown in the console');

    await setHidden(counselor, true);
    await seeker.locator('doyak-widget textarea').fill('이력서 첨삭을 받고 싶어요 ' + XSS);
    await seeker.locator('doyak-widget textarea').press('Enter');
    const row = counselor.locator('#list li .unread');
    await until(async () => (await row.count()) === 1 && (await row.textContent()) === '1', 'an unread count of 1');
    await until(async () => /^\(1\) /.test(await counselor.title()), 'the unread count in the title');
    assert.ok((await counselor.evaluate(() => window.__notifications)).some((n) => /구직자 메시지/.test(n.title)));
    const lastSeekerMessage = seeker.locator('doyak-widget .ms > .m.user').last();
    assert.equal(await lastSeekerMessage.locator('.seen').count(), 0, 'not seen while the tab is hidden');
    await setHidden(counselor, false);
    await until(async () => (await lastSeekerMessage.locator('.seen').count()) === 1, '"seen" under the message');
    assert.equal(await seeker.locator('doyak-widget .seen').count(), 1, 'one "seen" mark, under the latest');
    await until(async () => (await counselor.locator('#list li .unread').count()) === 0, 'unread cleared');
    assert.equal(await counselor.locator('#transcript img').count(), 0, 'the seeker\'s text stays text');

    await keys.type('초안입니다');
    await counselor.reload();
    await counselor.locator('#list li button').first().click();
    await until(async () => (await counselor.locator('#text').inputValue()) === '초안입니다', 'the draft kept');
    await counselor.locator('#text').fill('');
    await counselor.locator('#text').dispatchEvent('input');

    await keys.press('Alt+X');
    await counselor.locator('#closeDialog').waitFor();
    await keys.type('이력서 첨삭 프로그램 안내');
    await keys.press('Tab');
    assert.equal(await counselor.evaluate(() => document.activeElement.id), 'followUp');
    await counselor.locator('#followUp').fill('2026-12-31'); // the date field's segments follow the OS locale
    await keys.press('Control+Enter');
    await until(async () => !(await counselor.locator('#readonly').isHidden()), 'the closed conversation read-only');
    assert.match(await counselor.locator('#card').innerText(), /2026-12-31/);
    await until(async () => (await widgetTexts(seeker)).some((m) => /상담이 도움이 되셨나요/.test(m.text)), 'survey');
    await widgetPress(seeker, '도움이 됐어요');
    assert.deepEqual(problems, []);
});

test('search finds the closed conversation by words, counselor and reason and opens it read-only', async () => {
    await counselor.keyboard.press('Alt+F');
    await counselor.locator('#q').fill('이력서 첨삭');
    await counselor.locator('#byCounselor').selectOption(USER);
    await counselor.locator('#byReason').selectOption('asked');
    await counselor.locator('#searchGo').click();
    await until(async () => /1건/.test(await counselor.locator('#searchCount').textContent()), 'one result');
    await counselor.locator('#q').fill('없는단어xyz');
    await counselor.locator('#searchGo').click();
    await until(async () => /0건/.test(await counselor.locator('#searchCount').textContent()), 'no result');
    await counselor.locator('#q').fill('첨삭');
    await counselor.locator('#searchGo').click();
    await counselor.locator('#results li button').first().click();
    await until(async () => !(await counselor.locator('#readonly').isHidden()), 'read-only');
    assert.ok(await counselor.locator('#composer').isHidden(), 'no reply box on a closed conversation');
    assert.match(await counselor.locator('#transcript').innerText(), /이력서 첨삭을 받고 싶어요/);
});

test('the team lead sees who is online, active conversations and satisfaction per counselor', async () => {
    const lead = await page(browser, 1280, 800, problems);
    await lead.goto(BASE + '/console');
    await login(lead, ADMIN, PASSWORD);
    const row = lead.locator('#teamTable tr', { hasText: USER });
    await until(async () => /👍 1/.test(await row.textContent()), 'the satisfaction answer of the seeker');
    assert.equal(await row.locator('.dot.on').count(), 1, USER + ' is online');
    await lead.context().close();
});

test('at 375 px wide the console fits without horizontal scroll', async () => {
    const phone = await page(browser, 375, 740, problems);
    await phone.goto(BASE + '/console');
    await login(phone, USER, PASSWORD);
    await phone.locator('#filters button[data-filter="closed"]').click();
    const fits = () => phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(await fits(), 'the list fits');
    await phone.locator('#list li button').first().click();
    await phone.locator('#transcript .msg').first().waitFor();
    assert.ok(await fits(), 'the conversation fits');
    await phone.screenshot({ path: path.join(ARTIFACTS, 'console-375.png') });
    await phone.locator('#back').click();
    await phone.locator('#list').waitFor();
    assert.deepEqual(problems, []);
    await phone.context().close();
    await seeker.context().close();
    await counselor.context().close();
});
