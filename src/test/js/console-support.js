// Helpers of the console's browser test: pages that report problems, a background tab, the widget.
'use strict';

const { BASE, until } = require('./support');

/**
 * A page that records alerts and script errors in {@code problems}. With notifications, the permission is
 * granted and each notification and chime is counted in window.__notifications / window.__chimes.
 */
async function page(browser, width, height, problems, { notifications = false } = {}) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'ko-KR', timezoneId: 'UTC' });
    if (notifications) {
        await context.grantPermissions(['notifications'], { origin: BASE });
        await context.addInitScript(() => {
            window.__notifications = [];
            window.__chimes = 0;
            const Real = window.Notification;
            class Counted extends Real {
                constructor(title, options) {
                    super(title, options);
                    window.__notifications.push({ title, body: options && options.body });
                }
            }
            window.Notification = Counted;
            const Audio = window.AudioContext;
            window.AudioContext = class extends Audio {
                createOscillator() {
                    window.__chimes++;
                    return super.createOscillator();
                }
            };
        });
    }
    const p = await context.newPage();
    p.on('dialog', (d) => {
        problems.push('dialog: ' + d.message());
        d.dismiss().catch(() => {});
    });
    p.on('pageerror', (e) => problems.push('page error: ' + e.message));
    return p;
}

/** Logs in on the console with the keyboard only. */
async function login(p, user, password) {
    await p.locator('#user').focus();
    await p.keyboard.type(user);
    await p.keyboard.press('Tab');
    await p.keyboard.type(password);
    await p.keyboard.press('Enter');
    await p.locator('#tools').waitFor({ state: 'visible' });
}

/** Puts a page in the background (or back) as the browser does when another tab is in front. */
async function setHidden(p, hidden) {
    await p.evaluate((h) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
        document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
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

/** Presses the last button with this title in the widget. */
async function widgetPress(p, title) {
    const button = p.locator('doyak-widget .ms .q').last().getByRole('button', { name: title, exact: true });
    await button.waitFor();
    await button.click();
}

/** On the demo page's widget: the programs questions (age 25, looking for work, benefit, 부천), then a person. */
async function seekerToCounselor(p) {
    await p.goto(BASE + '/');
    await p.locator('doyak-widget .l').click();
    await widgetSay(p, '지원 프로그램 알려줘');
    await widgetPress(p, '동의해요');
    await until(async () => (await widgetTexts(p)).some((m) => /나이가 어떻게/.test(m.text)), 'the age question');
    await widgetSay(p, '25');
    await widgetPress(p, '구직 중');
    await until(async () => (await widgetTexts(p)).some((m) => /실업급여/.test(m.text)), 'the benefit question');
    await widgetPress(p, '네');
    await until(async () => (await widgetTexts(p)).some((m) => /어느 지역/.test(m.text)), 'the region question');
    await widgetSay(p, '부천');
    await until(async () => (await widgetTexts(p)).some((m) => /조건에 맞을 만한 프로그램/.test(m.text)), 'programs');
    await widgetPress(p, '괜찮아요');
    await until(async () => (await p.locator('doyak-widget .m.pending').count()) === 0, 'the answer stored');
    await widgetSay(p, '상담사 연결해 주세요');
    await widgetPress(p, '네 연결해 주세요');
    await until(async () => (await widgetTexts(p)).some((m) => /대기 순서는 1번째/.test(m.text)), 'the queue notice');
}

module.exports = { page, login, setHidden, widgetTexts, widgetSay, widgetPress, seekerToCounselor };
