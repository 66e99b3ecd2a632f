/*!
 * Doyak web widget: a chat bubble for a job center's website.
 * Embed: <script src="https://HOST/widget.js" data-lang="ko" data-title="..." data-color="#1f5fbf"
 *         data-position="right" data-center="jeonbuk" async></script>
 * data-center (optional) is the center whose site the widget is on: the bot answers for it first.
 * The API is the script's own origin. No framework, no build step. Every message is rendered as text.
 * The widget's own texts (Korean and English) come from the server: dialogs/messages.yaml, section widget:.
 */
(function () {
    'use strict';
    if (window.DoyakWidget) {
        return;
    }
    var script = document.currentScript || (function () {
        var all = document.querySelectorAll('script[src*="widget.js"]');
        return all[all.length - 1];
    })();
    if (!script) {
        return;
    }
    var BASE = new URL(script.src, location.href).origin;
    var MAX_CHARS = 4000;
    var STORE_KEY = 'doyak.widget:' + BASE;

    /*
     * Every text the widget shows comes from dialogs/messages.yaml (widget:), fetched from the server at each
     * load (GET /api/web/texts), so staff change them there and a publish shows on the next page view.
     * Built in are only the few Korean texts needed to say the server cannot be reached when even the texts
     * cannot be fetched (then nothing else can work either); keep this list that small.
     */
    var FALLBACK = {
        title: '도약 상담 도우미', open: '상담 챗봇 열기', close: '채팅 창 닫기', retry: '다시 시도',
        error_network: '서버에 연결할 수 없어요. 인터넷 연결을 확인하고 다시 시도해 주세요.'
    };
    var T = null; // {ko: {key: text}, en: {...}} once fetched

    function attr(name, fallback) {
        var v = script.getAttribute('data-' + name);
        return v === null || v === '' ? fallback : v;
    }
    /** Fills {name} placeholders from values; a name it does not have becomes empty, never shown in braces. */
    function fmt(s, values) {
        return s.replace(/\{(\w+)\}/g, function (m, name) {
            return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : '';
        });
    }
    function load() {
        try {
            return JSON.parse(localStorage.getItem(STORE_KEY)) || {};
        } catch (e) {
            return {};
        }
    }
    function save() {
        try {
            localStorage.setItem(STORE_KEY, JSON.stringify(state));
        } catch (e) {
            /* storage unavailable (private mode, sandbox): the chat still works for this page view */
        }
    }

    var stored = load();
    var state = {
        id: stored.id || null,
        token: stored.token || null,
        lang: stored.lang || (attr('lang', 'ko').toLowerCase().indexOf('en') === 0 ? 'en' : 'ko'),
        seenAt: stored.seenAt || null,
        draft: stored.draft || null // typed text waiting to be sent again after a 429/503 (never stored yet)
    };
    var customTitle = attr('title', null);
    var accent = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(attr('color', '')) ? attr('color', '') : '#1f5fbf';
    var left = attr('position', 'right') === 'left';

    function luminance(hex) {
        var h = hex.slice(1);
        if (h.length === 3) {
            h = h[0] + h[0] + h[1] + h[1] + h[2] + h[2];
        }
        return [0, 2, 4].map(function (i) {
            var c = parseInt(h.substr(i, 2), 16) / 255;
            return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }).reduce(function (sum, c, i) {
            return sum + c * [0.2126, 0.7152, 0.0722][i];
        }, 0);
    }
    // White text when it reaches 4.5:1 on the accent, else near-black (WCAG AA either way for sane colours).
    var onAccent = 1.05 / (luminance(accent) + 0.05) >= 4.5 ? '#ffffff' : '#111111';


    // ---- DOM ---------------------------------------------------------------------------------------------------
    function el(tag, cls, parent, text) {
        var e = document.createElement(tag);
        if (cls) {
            e.className = cls;
        }
        if (text !== undefined) {
            e.textContent = text;
        }
        if (parent) {
            parent.appendChild(e);
        }
        return e;
    }

    var host = document.createElement('doyak-widget');
    var root = host.attachShadow({mode: 'open'});
    var sheet = el('link', null, root);
    sheet.rel = 'stylesheet';
    sheet.href = BASE + '/widget.css';
    var wrap = el('div', left ? 'w at-left' : 'w', root);
    wrap.hidden = true;
    var waiting = 2; // the stylesheet and the texts: the widget shows once both arrived (or failed)
    function settled() {
        if (--waiting === 0) {
            wrap.hidden = false;
        }
    }
    sheet.addEventListener('load', settled);
    sheet.addEventListener('error', settled);
    wrap.style.setProperty('--a', accent);
    wrap.style.setProperty('--f', onAccent);

    var panel = el('section', 'p', wrap);
    panel.id = 'doyak-panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', 'doyak-title');

    var head = el('div', 'h', panel);
    var titleEl = el('h2', null, head);
    titleEl.id = 'doyak-title';
    var langBtn = el('button', 'lg', head);
    var resetBtn = el('button', 'rs', head);
    var closeBtn = el('button', 'x', head, '\u00d7');
    [langBtn, resetBtn, closeBtn].forEach(function (b) {
        b.type = 'button';
    });

    var statusEl = el('div', 'st', panel);
    statusEl.setAttribute('role', 'status');
    statusEl.hidden = true;

    var confirmBox = el('div', 'cf', panel);
    confirmBox.hidden = true;
    var confirmText = el('p', null, confirmBox);
    confirmText.id = 'doyak-confirm';
    confirmText.style.margin = '0';
    var confirmRow = el('div', null, confirmBox);
    var confirmYes = el('button', 'btn pri', confirmRow);
    var confirmNo = el('button', 'btn', confirmRow);
    confirmYes.type = confirmNo.type = 'button';
    confirmYes.setAttribute('aria-describedby', 'doyak-confirm');

    var body = el('div', 'b', panel);
    var log = el('div', 'log', body);
    log.setAttribute('role', 'log');
    log.setAttribute('aria-live', 'polite');
    log.setAttribute('aria-relevant', 'additions');
    var intro = el('div', 'm bot intro', log);
    var introName = el('div', 'n', intro);
    var introText = el('div', 't', intro);
    var introQ = el('div', 'q', intro);
    var startBtn = el('button', null, introQ);
    startBtn.type = 'button';
    var msgs = el('div', 'ms', log);

    var typing = el('div', 'ty', body);
    typing.hidden = true;
    typing.setAttribute('aria-hidden', 'true');
    el('i', null, typing);
    el('i', null, typing);
    el('i', null, typing);
    var typingSr = el('div', 'sr', panel);
    typingSr.setAttribute('role', 'status');

    var errBox = el('div', 'er', panel);
    errBox.setAttribute('role', 'alert');
    errBox.hidden = true;
    var errText = el('span', null, errBox);
    var retryBtn = el('button', 'retry', errBox);
    var dismissBtn = el('button', 'dismiss', errBox, '\u00d7');
    retryBtn.type = dismissBtn.type = 'button';

    var form = el('form', 'f', panel);
    form.noValidate = true;
    var label = el('label', null, form);
    var labelSr = el('span', 'sr', label);
    var input = el('textarea', null, label);
    input.rows = 1;
    input.setAttribute('aria-describedby', 'doyak-hint');
    input.setAttribute('enterkeyhint', 'send');
    var sendBtn = el('button', 's', form);
    sendBtn.type = 'submit';
    var hint = el('div', 'hint', panel);
    hint.id = 'doyak-hint';
    var hintText = el('span', null, hint);
    var counter = el('span', null, hint);
    var tgLink = el('a', 'tg', hint);
    tgLink.hidden = true;
    tgLink.target = '_blank';
    tgLink.rel = 'noopener noreferrer';

    var launcher = el('button', 'l', wrap);
    launcher.type = 'button';
    launcher.setAttribute('aria-controls', 'doyak-panel');
    launcher.setAttribute('aria-expanded', 'false');
    var SVG = 'http://www.w3.org/2000/svg';
    var icon = document.createElementNS(SVG, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('aria-hidden', 'true');
    icon.setAttribute('focusable', 'false');
    var iconPath = document.createElementNS(SVG, 'path');
    iconPath.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z'
        + 'M7 9.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3'
        + ' 1.5 1.5 0 0 0 0-3z');
    iconPath.setAttribute('fill-rule', 'evenodd');
    icon.appendChild(iconPath);
    launcher.appendChild(icon);
    var badge = el('span', 'dot', launcher);
    badge.hidden = true;
    badge.setAttribute('aria-hidden', 'true');

    // ---- texts and language --------------------------------------------------------------------------------------
    function t(key) {
        return (T ? T[state.lang][key] : FALLBACK[key]) || '';
    }
    function applyTexts() {
        wrap.setAttribute('lang', state.lang);
        titleEl.textContent = customTitle || t('title');
        langBtn.textContent = t('switch_language');
        langBtn.setAttribute('aria-label', t('switch_language_label'));
        langBtn.setAttribute('lang', state.lang === 'ko' ? 'en' : 'ko');
        resetBtn.textContent = t('reset');
        resetBtn.setAttribute('aria-label', t('reset_label'));
        closeBtn.setAttribute('aria-label', t('close'));
        confirmText.textContent = t('reset_question');
        confirmYes.textContent = t('reset_yes');
        confirmNo.textContent = t('reset_no');
        log.setAttribute('aria-label', t('log_label'));
        introName.textContent = t('name_bot');
        introText.textContent = t('intro');
        introQ.setAttribute('aria-label', t('quick_replies'));
        introQ.setAttribute('role', 'group');
        startBtn.textContent = t('start');
        labelSr.textContent = t('input_label');
        input.placeholder = t('placeholder');
        sendBtn.textContent = t('send');
        hintText.textContent = t('input_hint');
        tgLink.textContent = t('telegram');
        tgLink.setAttribute('aria-label', t('telegram_label'));
        retryBtn.textContent = t('retry');
        dismissBtn.setAttribute('aria-label', t('dismiss_error'));
        statusEl.textContent = t('reconnecting');
        updateLauncherLabel();
        updateCounter();
    }
    /** Fetches the texts (one request at a time): the widget starts when they arrive, else says it cannot. */
    var loading = null;
    function loadTexts() {
        if (!loading) {
            loading = api('GET', '/api/web/texts', undefined, true).then(function (r) {
                if (!r.ok || !r.data.ko || !r.data.en) {
                    throw new HttpError(r.status);
                }
                T = {ko: r.data.ko, en: r.data.en};
            }).then(start, unavailable).then(function () {
                loading = null;
            });
        }
        return loading;
    }
    function showTexts() {
        [langBtn, resetBtn, body, form, hint, dismissBtn].forEach(function (e) {
            e.hidden = !T; // without its texts the widget shows only the error and its retry
        });
        applyTexts();
    }
    function start() {
        showTexts();
        hideError();
        if (state.draft) { // the page was left while a refused message waited: it goes back to the input
            input.value = state.draft + (input.value ? '\n' + input.value : '');
            keepDraft(null);
            autosize();
            updateCounter();
        }
        if (state.id) {
            connect();
            sync();
        }
    }
    function unavailable() {
        showTexts();
        showError(t('error_network'), loadTexts);
    }
    function updateLauncherLabel() {
        launcher.setAttribute('aria-label', badge.hidden ? t('open') : t('open_unread'));
    }

    // ---- rendering ---------------------------------------------------------------------------------------------
    var URL_RE = /\bhttps?:\/\/[^\s<>"'`]+/gi;

    /** Appends text to parent as text nodes and safe links: only http(s) URLs become anchors. */
    function renderText(parent, text) {
        var last = 0;
        String(text).replace(URL_RE, function (match, offset) {
            var url = match.replace(/[.,;:!?)\]}'"。,、」』]+$/, '');
            parent.appendChild(document.createTextNode(text.slice(last, offset)));
            var href = null;
            try {
                var u = new URL(url);
                href = u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
            } catch (e) {
                href = null;
            }
            if (href) {
                var a = el('a', null, parent, url);
                a.href = href;
                a.target = '_blank';
                a.rel = 'noopener noreferrer';
                a.title = t('opens_new_window');
            } else {
                parent.appendChild(document.createTextNode(url));
            }
            last = offset + url.length;
            return match;
        });
        parent.appendChild(document.createTextNode(String(text).slice(last)));
    }
    function who(m) {
        if (m.kind === 'system' || m.from === 'system') {
            return 'system';
        }
        return m.from === 'user' || m.from === 'counselor' ? m.from : 'bot';
    }
    var NAMES = {user: 'name_you', bot: 'name_bot', counselor: 'name_counselor', system: 'name_notice'};
    function keyOf(m) {
        return who(m) + '\u0000' + (m.text || '');
    }
    function timeOf(at) {
        var d = at ? new Date(at) : null;
        if (!d || isNaN(d)) {
            return '';
        }
        return d.toLocaleTimeString(state.lang === 'ko' ? 'ko-KR' : 'en-GB', {hour: '2-digit', minute: '2-digit'});
    }
    /** Our own control payloads (language switch) are not shown as the visitor's words. */
    function hidden(m) {
        return who(m) === 'user' && /^lang:(ko|en)$/.test(m.text || '');
    }
    function addMessage(m, pending) {
        var w = who(m);
        var box = el('div', 'm ' + w + (pending ? ' pending' : ''));
        box.dataset.key = keyOf(m);
        box.dataset.at = m.at || '';
        if (hidden(m)) {
            box.hidden = true;
        }
        var name = el('div', w === 'user' ? 'n sr' : 'n', box, t(NAMES[w]) + (w === 'user' ? ':' : ''));
        if (w === 'system') {
            name.className = 'n sr';
        }
        renderText(el('div', 't', box), m.text || '');
        var tm = timeOf(m.at);
        if (tm) {
            el('div', 'tm', box, tm);
        }
        var buttons = Array.isArray(m.buttons) ? m.buttons : [];
        if (buttons.length) {
            var q = el('div', 'q', box);
            q.setAttribute('role', 'group');
            q.setAttribute('aria-label', t('quick_replies'));
            buttons.forEach(function (b) {
                if (!b || b.payload === undefined) {
                    return;
                }
                var title = String(b.title || b.payload);
                var btn = el('button', null, q, title);
                btn.type = 'button';
                btn.addEventListener('click', function () {
                    var lang = /^lang:(ko|en|toggle)$/.exec(b.payload);
                    if (lang) {
                        setLang(lang[1] === 'toggle' ? other() : lang[1]);
                    }
                    send({payload: String(b.payload)}, title);
                });
            });
        }
        msgs.appendChild(box);
        introQ.hidden = true;
        scrollDown();
        return box;
    }
    function scrollDown() {
        body.scrollTop = body.scrollHeight;
    }
    function renderedKeys() {
        return Array.prototype.map.call(msgs.children, function (c) {
            return c.dataset.key;
        });
    }
    /** Brings the log in line with the server's history: appends what is new, redraws only if they diverged. */
    function merge(history) {
        var have = renderedKeys();
        var prefix = have.length <= history.length && have.every(function (k, i) {
            return k === keyOf(history[i]);
        });
        if (!prefix) {
            msgs.textContent = '';
            have = [];
        }
        history.slice(have.length).forEach(function (m) {
            addMessage(m, false);
        });
    }

    // ---- HTTP --------------------------------------------------------------------------------------------------
    /** A refused call: its HTTP status and, for 429 and 503, the server's Retry-After header (or null). */
    function HttpError(status, retryAfter) {
        this.status = status;
        this.retryAfter = retryAfter || null;
    }
    /** Calls the API; the session's token goes only with calls that need it ({@code anonymous} false). */
    function api(method, path, payload, anonymous) {
        var headers = {'Accept': 'application/json'};
        if (payload !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        if (state.token && !anonymous) {
            headers.Authorization = 'Bearer ' + state.token;
        }
        var ctl = window.AbortController ? new AbortController() : null;
        var timer = ctl && setTimeout(function () {
            ctl.abort();
        }, 20000);
        return fetch(BASE + path, {
            method: method, headers: headers, credentials: 'omit', signal: ctl && ctl.signal,
            body: payload === undefined ? undefined : JSON.stringify(payload)
        }).then(function (res) {
            clearTimeout(timer);
            return res.text().then(function (txt) {
                var data = null;
                try {
                    data = txt ? JSON.parse(txt) : null;
                } catch (e) {
                    data = null;
                }
                return {status: res.status, ok: res.ok, data: data || {}, retryAfter: res.headers.get('Retry-After')};
            });
        }, function (err) {
            clearTimeout(timer);
            throw err;
        });
    }
    function messagesPath() {
        return '/api/web/sessions/' + encodeURIComponent(state.id) + '/messages';
    }
    function ensureSession() {
        if (state.id && state.token) {
            return Promise.resolve();
        }
        var body = {lang: state.lang};
        if (attr('center', null)) {
            body.center = attr('center', null);
        }
        return api('POST', '/api/web/sessions', body).then(function (r) {
            if (r.status !== 201 && r.status !== 200 || !r.data.sessionId || !r.data.token) {
                throw new HttpError(r.status, r.retryAfter);
            }
            state.id = r.data.sessionId;
            state.token = r.data.token;
            save();
            connect();
            tgOff = false;
        });
    }
    function forgetSession() {
        disconnect();
        tgLink.hidden = true;
        tgUntil = 0;
        state.id = state.token = state.seenAt = null;
        save();
    }

    var busy = false;
    var syncWanted = false;
    var resendTimer = null;
    var langOwed = false; // the language was switched while a message was under way: tell the server after it
    var MAX_WAIT = 60; // seconds: a longer Retry-After is not waited for by itself; the seeker can retry

    /** Sends one message; shows it at once, keeps the visitor's text if anything fails. */
    function send(payload, display, fromInput) {
        if (busy) {
            return;
        }
        hideError();
        var mine = display ? addMessage({from: 'user', text: display}, true) : null;
        attempt(payload, display, fromInput, mine, true);
    }
    /**
     * One try at delivering a message shown as pending ({@code mine}). A refusal for now (429, 503: the server
     * stored nothing) keeps it pending and, the first time ({@code mayWait}), sends it again by itself once
     * after the server's Retry-After; any other failure, or that retry refused, takes it back (typed text to the
     * input) with a retry button. Busy until it is delivered or given back, so nothing overtakes it.
     */
    function attempt(payload, display, fromInput, mine, mayWait) {
        busy = true;
        sendBtn.setAttribute('aria-disabled', 'true');
        setTyping(true);
        var post = function () {
            return api('POST', messagesPath(), payload);
        };
        ensureSession().then(post).then(function (r) {
            if (r.status === 401 || r.status === 404) {
                forgetSession();
                return ensureSession().then(post);
            }
            return r;
        }).then(function (r) {
            if (!r.ok) {
                throw new HttpError(r.status, r.retryAfter);
            }
            keepDraft(null);
            if (mine) {
                mine.className = mine.className.replace(' pending', '');
            }
            (r.data.messages || []).forEach(function (m) {
                addMessage(m, false);
            });
            offerTelegram();
            return false;
        }).catch(function (err) {
            var status = err instanceof HttpError ? err.status : 0;
            if (!status && mine && state.id) {
                return storedAnyway(mine).then(function (stored) {
                    if (!stored) {
                        giveBack(payload, display, fromInput, mine, 0);
                    }
                    return false;
                });
            }
            var wait = mayWait && (status === 429 || status === 503) ? waitSeconds(err.retryAfter) : 0;
            if (wait) {
                var again = function () {
                    clearTimeout(resendTimer);
                    resendTimer = null;
                    hideError();
                    attempt(payload, display, fromInput, mine, false);
                };
                resendTimer = setTimeout(again, wait * 1000);
                keepDraft(fromInput ? display : null);
                var text = status === 429 ? t('error_busy_wait') : t('error_unavailable_wait');
                showError(fmt(text, {seconds: wait}), again);
                return true;
            }
            giveBack(payload, display, fromInput, mine, status);
            return false;
        }).then(function (waiting) {
            setTyping(false);
            if (waiting) {
                return;
            }
            busy = false;
            sendBtn.removeAttribute('aria-disabled');
            if (langOwed) {
                tellLanguage();
            } else if (syncWanted) {
                sync();
            }
        });
    }
    /** Seconds to wait before sending again: the server's Retry-After (seconds or a date), 0 if over MAX_WAIT. */
    function waitSeconds(header) {
        var s = /^\s*\d+\s*$/.test(header || '') ? parseInt(header, 10)
            : header ? Math.ceil((Date.parse(header) - Date.now()) / 1000) : NaN;
        s = isNaN(s) ? 5 : Math.max(1, s);
        return s <= MAX_WAIT ? s : 0;
    }
    /** A message that could not be delivered: off the log, typed text back in the input, an error to retry. */
    function giveBack(payload, display, fromInput, mine, status) {
        keepDraft(null);
        if (mine) {
            mine.remove();
        }
        if (fromInput) {
            input.value = display + (input.value ? '\n' + input.value : '');
            autosize();
            updateCounter();
        }
        if (status === 413) {
            showError(fmt(t('error_too_long'), {length: MAX_CHARS + '+', max: MAX_CHARS}), null);
            return;
        }
        var again = fromInput ? submit : function () {
            send(payload, display, false);
        };
        var text = status === 429 ? t('error_busy') : status === 503 ? t('error_unavailable')
            : status ? fmt(t('error_http'), {status: status}) : t('error_network');
        showError(text, again);
    }
    /** Remembers (or forgets, with null) the typed text of a message waiting to be sent again, across reloads. */
    function keepDraft(text) {
        if (state.draft !== text) {
            state.draft = text;
            save();
        }
    }
    /**
     * After a network failure (or the 20 s timeout) the server may have stored the message and only its answer
     * was lost: then its history holds one more message of the seeker's than the log shows as sent, and the
     * message is shown as sent with the replies (merged from the history) rather than given back to be sent twice.
     */
    function storedAnyway(mine) {
        var sent = msgs.querySelectorAll('.m.user:not(.pending)').length;
        return api('GET', messagesPath()).then(function (r) {
            var history = r.ok && Array.isArray(r.data.messages) ? r.data.messages : null;
            var users = history ? history.filter(function (m) {
                return who(m) === 'user';
            }).length : -1;
            if (users !== sent + 1) {
                return false;
            }
            mine.className = mine.className.replace(' pending', '');
            merge(history);
            return true;
        }, function () {
            return false;
        });
    }
    /** A reset while a message waits to be sent again: it is dropped with the conversation. */
    function cancelResend() {
        keepDraft(null);
        langOwed = false;
        if (resendTimer) {
            clearTimeout(resendTimer);
            resendTimer = null;
            busy = false;
            sendBtn.removeAttribute('aria-disabled');
        }
    }
    function chars(s) {
        return s.length; // UTF-16 units, as the server counts (an emoji counts twice)
    }
    function submit() {
        var text = input.value.trim(); // an Enter that ended an IME composition may have left a newline
        if (!text || busy) {
            return;
        }
        var n = chars(text);
        if (n > MAX_CHARS) {
            showError(fmt(t('error_too_long'), {length: n.toLocaleString(), max: MAX_CHARS.toLocaleString()}),
                null);
            input.focus();
            return;
        }
        input.value = '';
        autosize();
        updateCounter();
        send({text: text}, text, true);
    }
    function sync() {
        if (!state.id) {
            return;
        }
        if (busy) {
            syncWanted = true;
            return;
        }
        syncWanted = false;
        var id = state.id;
        api('GET', messagesPath()).then(function (r) {
            if (id !== state.id || busy) {
                syncWanted = syncWanted || busy;
                return;
            }
            if (r.status === 401 || r.status === 404) {
                forgetSession();
                msgs.textContent = '';
                addMessage({kind: 'system', text: t('session_expired')}, false).dataset.key = 'local';
            } else if (r.ok && Array.isArray(r.data.messages)) {
                merge(r.data.messages);
                live = live || r.data.messages.some(function (m) {
                    return m.from === 'counselor';
                });
                markSeen(null);
            }
        }, function () {
            /* offline: the socket's reconnect will sync again */
        });
    }

    // ---- WebSocket with reconnect --------------------------------------------------------------------------------
    var ws = null;
    var attempts = 0;
    var everOpen = false;
    var retryTimer = null;

    function connect() {
        if (ws || !state.id || !window.WebSocket) {
            return;
        }
        clearTimeout(retryTimer);
        retryTimer = null;
        var id = state.id;
        var url = BASE.replace(/^http/, 'ws') + '/ws/web/' + encodeURIComponent(id)
            + '?token=' + encodeURIComponent(state.token);
        var sock;
        try {
            sock = new WebSocket(url);
        } catch (e) {
            scheduleReconnect();
            return;
        }
        ws = sock;
        sock.onopen = function () {
            attempts = 0;
            statusEl.hidden = true;
            if (everOpen) {
                sync(); // fetch whatever was pushed while we were away
            }
            everOpen = true;
        };
        sock.onmessage = function (ev) {
            var data;
            try {
                data = JSON.parse(ev.data);
            } catch (e) {
                return;
            }
            if (data && (data.type === 'typing' || data.type === 'seen')) {
                live = true;
                (data.type === 'typing' ? counselorTyping : markSeen)(data.at);
            } else if (data && data.type === 'message' && data.message) {
                live = true;
                if (data.message.from === 'counselor') {
                    counselorTyping(null);
                }
                addMessage(data.message, false);
                if (panel.hidden) {
                    badge.hidden = false;
                    updateLauncherLabel();
                }
            }
        };
        sock.onclose = function (ev) {
            if (ws !== sock) {
                return;
            }
            ws = null;
            if (state.id !== id) {
                return;
            }
            if (ev.code === 4401) { // refused: find out whether the session is gone, retry only rarely
                attempts = 5;
                sync();
            }
            scheduleReconnect();
        };
    }
    function scheduleReconnect() {
        var delay = Math.min(30000, 1000 * Math.pow(2, attempts)) * (0.75 + Math.random() * 0.5);
        attempts++;
        if (attempts > 1 || everOpen) {
            statusEl.hidden = false;
        }
        clearTimeout(retryTimer);
        retryTimer = setTimeout(connect, delay);
    }
    function disconnect() {
        clearTimeout(retryTimer);
        retryTimer = null;
        var sock = ws;
        ws = null;
        attempts = 0;
        everOpen = false;
        statusEl.hidden = true;
        if (sock) {
            sock.close();
        }
    }
    window.addEventListener('online', function () {
        if (!T) {
            loadTexts();
        } else if (!ws && state.id) {
            attempts = 0;
            connect();
        }
    });
    document.addEventListener('visibilitychange', function () {
        if (!document.hidden && T && !ws && state.id) {
            connect();
        }
    });

    // ---- with a counselor: their "typing…", "seen" under the visitor's message, the visitor's typing --------------
    var live = false; // true once the server pushed something: a handoff is under way
    var lastTypingSent = 0;
    var counselorTimer = null;
    var seenEl = el('div', 'seen', null);
    function counselorTyping(at) {
        clearTimeout(counselorTimer);
        typing.hidden = !at;
        typingSr.textContent = at ? t('counselor_typing') : '';
        if (at) {
            scrollDown();
            counselorTimer = setTimeout(function () {
                counselorTyping(null);
            }, 5000);
        }
    }
    /**
     * Puts "seen" under the visitor's last message: live ({@code at} given) the last one shown, since the
     * counselor has just read everything; after a reload the last one stored at or before the saved time.
     */
    function markSeen(at) {
        if (at) {
            state.seenAt = at;
            save();
        }
        var mine = Array.prototype.filter.call(msgs.querySelectorAll('.m.user'), function (b) {
            return at || (b.dataset.at && state.seenAt && Date.parse(b.dataset.at) <= Date.parse(state.seenAt));
        });
        seenEl.textContent = t('seen');
        if (mine.length) {
            mine[mine.length - 1].appendChild(seenEl);
        }
    }
    function sendTyping() {
        if (live && ws && ws.readyState === 1 && Date.now() - lastTypingSent > 2500) {
            lastTypingSent = Date.now();
            ws.send('{"type":"typing"}');
        }
    }

    // ---- UI behaviour ------------------------------------------------------------------------------------------
    function setTyping(on) {
        typing.hidden = !on;
        typingSr.textContent = on ? t('bot_typing') : '';
        if (on) {
            scrollDown();
        }
    }
    var retryAction = null;
    function showError(text, retry) {
        errText.textContent = text;
        retryAction = retry;
        retryBtn.hidden = !retry;
        errBox.hidden = false;
    }
    function hideError() {
        errBox.hidden = true;
        retryAction = null;
    }
    function autosize() {
        input.style.height = 'auto';
        input.style.height = Math.min(input.scrollHeight + 2, 120) + 'px';
    }
    function updateCounter() {
        var n = chars(input.value);
        var near = n > MAX_CHARS * 0.8;
        counter.textContent = near
            ? fmt(t('char_count'), {length: n.toLocaleString(), max: MAX_CHARS.toLocaleString()}) : '';
        counter.className = n > MAX_CHARS ? 'over' : '';
    }
    // ---- continue on Telegram: offered only while the server hands out a link (404: it has no bot) -------------
    var TG_URL = /^https:\/\/t\.me\/[A-Za-z0-9_]{5,64}\?start=[A-Za-z0-9_-]{1,64}$/;
    var tgOff = false;
    var tgUntil = 0;
    function offerTelegram() {
        if (tgOff || !state.id || Date.now() < tgUntil) {
            return;
        }
        tgUntil = Date.now() + 60000; // one request at a time, at most one a minute
        api('POST', '/api/web/sessions/' + encodeURIComponent(state.id) + '/telegram-link', {}).then(function (r) {
            tgOff = r.status === 404;
            var ok = r.status === 200 && TG_URL.test(r.data.url || '');
            tgLink.hidden = !ok;
            if (ok) {
                tgLink.href = r.data.url;
                tgUntil = (Date.parse(r.data.expiresAt) || Date.now() + 120000) - 60000;
            }
        }, function () {
            tgLink.hidden = true;
        });
    }
    tgLink.addEventListener('click', function () {
        tgLink.hidden = true; // the code works once: fetch a fresh one next time
        tgUntil = 0;
    });

    function open() {
        if (!panel.hidden) {
            input.focus();
            return;
        }
        panel.hidden = false;
        wrap.classList.add('open');
        launcher.setAttribute('aria-expanded', 'true');
        badge.hidden = true;
        updateLauncherLabel();
        scrollDown();
        input.focus();
        if (!T) {
            loadTexts(); // they could not be fetched when the page loaded: try again now
            return;
        }
        if (state.id && !(ws && ws.readyState === 1)) {
            sync(); // no live socket: catch up now rather than wait for the reconnect
        }
        offerTelegram();
    }
    function close() {
        if (panel.hidden) {
            return;
        }
        panel.hidden = true;
        wrap.classList.remove('open');
        launcher.setAttribute('aria-expanded', 'false');
        hideConfirm();
        launcher.focus();
    }
    function hideConfirm() {
        confirmBox.hidden = true;
    }

    launcher.addEventListener('click', function () {
        if (panel.hidden) {
            open();
        } else {
            close();
        }
    });
    closeBtn.addEventListener('click', close);
    panel.addEventListener('keydown', function (e) {
        if (e.key === 'Escape' && !e.isComposing) {
            e.preventDefault();
            if (!confirmBox.hidden) {
                hideConfirm();
                resetBtn.focus();
            } else {
                close();
            }
        }
    });
    function other() {
        return state.lang === 'ko' ? 'en' : 'ko';
    }
    function setLang(lang) {
        state.lang = lang;
        save();
        applyTexts();
    }
    /** Tells the server the chosen language; while a message is under way or waits, once it is done. */
    function tellLanguage() {
        langOwed = busy;
        if (state.id && !busy) {
            send({payload: 'lang:' + state.lang}, 'lang:' + state.lang, false);
        }
    }
    langBtn.addEventListener('click', function () {
        setLang(other());
        tellLanguage();
    });
    resetBtn.addEventListener('click', function () {
        confirmBox.hidden = false;
        confirmYes.focus();
    });
    confirmNo.addEventListener('click', function () {
        hideConfirm();
        resetBtn.focus();
    });
    confirmYes.addEventListener('click', function () {
        hideConfirm();
        cancelResend();
        forgetSession();
        msgs.textContent = '';
        introQ.hidden = false;
        hideError();
        input.value = '';
        autosize();
        updateCounter();
        input.focus();
    });
    startBtn.addEventListener('click', function () {
        send({text: t('start_text')}, t('start_text'), false);
    });
    retryBtn.addEventListener('click', function () {
        var action = retryAction;
        hideError();
        if (action) {
            action();
        }
        input.focus();
    });
    dismissBtn.addEventListener('click', function () {
        hideError();
        input.focus();
    });
    form.addEventListener('submit', function (e) {
        e.preventDefault();
        submit();
        input.focus();
    });

    // Korean (and Japanese, Chinese) IMEs: an Enter that confirms a syllable must not send the message.
    var composing = false;
    input.addEventListener('compositionstart', function () {
        composing = true;
    });
    input.addEventListener('compositionend', function () {
        composing = false;
    });
    input.addEventListener('keydown', function (e) {
        if (e.key !== 'Enter' || e.shiftKey) {
            return;
        }
        if (e.isComposing || composing || e.keyCode === 229) {
            return;
        }
        e.preventDefault();
        submit();
    });
    input.addEventListener('input', function () {
        autosize();
        updateCounter();
        sendTyping();
    });

    (document.body || document.documentElement).appendChild(host);
    loadTexts().then(settled, function (e) {
        settled();
        throw e;
    });

    window.DoyakWidget = {open: open, close: close};
})();
