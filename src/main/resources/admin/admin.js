// Staff dashboard: figures from /api/admin/*, charts with uPlot, flow pictures with Mermaid (both bundled).
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
  const api = async (path, options) => {
    const r = await fetch(path, Object.assign({ credentials: 'same-origin', headers: { 'Content-Type': 'application/json' } }, options));
    const type = r.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await r.json() : await r.text();
    if (!r.ok && r.status !== 422) throw Object.assign(new Error(body.error || r.status), { status: r.status });
    return body;
  };
  const charts = [];
  let titles = {};
  const title = (id) => (titles[id] ? titles[id].ko + ' · ' + titles[id].en : id);

  async function start() {
    try {
      const me = await api('/api/console/me');
      if (me.role !== 'admin') { $('loginError').textContent = '관리자만 볼 수 있어요 · Admins only'; return; }
      $('me').textContent = me.username; $('login').classList.add('hidden');
      $('board').classList.remove('hidden'); $('logout').classList.remove('hidden');
      await refresh();
    } catch (e) { $('login').classList.remove('hidden'); }
  }

  $('login').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await api('/api/console/login', { method: 'POST', body: JSON.stringify({ username: $('user').value, password: $('pass').value }) });
      $('loginError').textContent = ''; await start();
    } catch (e) { $('loginError').textContent = '아이디 또는 비밀번호가 맞지 않아요 · Wrong username or password'; }
  });
  $('logout').addEventListener('click', async () => { await api('/api/console/logout', { method: 'POST' }); location.reload(); });
  $('days').addEventListener('change', () => { $('csv').href = '/api/admin/stats.csv?days=' + $('days').value; refresh(); });
  $('publish').addEventListener('click', async () => {
    $('publish').disabled = true;
    try { await api('/api/admin/publish', { method: 'POST', body: '{}' }); } finally { $('publish').disabled = false; await publishes(); }
  });

  async function refresh() {
    const stats = await api('/api/admin/stats?days=' + $('days').value);
    titles = stats.flows || {};
    summary(stats); perDay(stats); flows(stats); handoffs(stats.handoffs); centers(stats);
    satisfaction(stats.totals);
    await Promise.all([inbox(), publishes()]);
    document.body.dataset.ready = 'true';
  }

  const sum = (totals, metric) => totals.filter((t) => t.metric === metric).reduce((a, t) => a + t.total, 0);

  function summary(stats) {
    const turns = sum(stats.totals, 'turns');
    $('k-conversations').textContent = sum(stats.totals, 'conversations');
    $('k-turns').textContent = turns;
    $('k-fallback').textContent = turns ? Math.round(100 * sum(stats.totals, 'fallbacks') / turns) + '%' : '–';
    $('k-handoffs').textContent = sum(stats.totals, 'handoffs');
  }

  function days(from, to) {
    const out = []; const d = new Date(from + 'T00:00:00Z'); const end = new Date(to + 'T00:00:00Z');
    for (; d <= end; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
    return out;
  }

  function perDay(stats) {
    charts.splice(0).forEach((c) => c.destroy());
    const ds = days(stats.from, stats.to);
    const x = ds.map((d) => Date.parse(d + 'T00:00:00Z') / 1000);
    const count = (metric, channel) => ds.map((d) => stats.totals.filter((t) => t.day === d && t.metric === metric
      && (!channel || t.channel === channel)).reduce((a, t) => a + t.total, 0));
    const width = Math.min(1100, $('board').clientWidth - 60);
    if (typeof uPlot === 'undefined') return;
    charts.push(new uPlot({ width, height: 220, series: [{}, { label: '웹 · Web', stroke: '#1d4e89', width: 2 },
      { label: '텔레그램 · Telegram', stroke: '#2aa198', width: 2 }] }, [x, count('conversations', 'web'), count('conversations', 'telegram')], $('chart-conv')));
    const turns = count('turns'); const fb = count('fallbacks');
    charts.push(new uPlot({ width, height: 180, series: [{}, { label: '이해 못함 % · Fallback %', stroke: '#a4161a', width: 2 }] },
      [x, turns.map((t, i) => (t ? Math.round(1000 * fb[i] / t) / 10 : null))], $('chart-fallback')));
  }

  function flows(stats) {
    const body = $('flows').querySelector('tbody'); body.replaceChildren();
    const ids = [...new Set(stats.steps.map((s) => s.flow))].sort();
    for (const id of ids) {
      const starts = sum(stats.totals, 'flow_start:' + id); const done = sum(stats.totals, 'flow_complete:' + id);
      const tr = el('tr', null, 'pick'); tr.tabIndex = 0; tr.dataset.flow = id;
      [title(id), starts, done, starts ? Math.round(100 * Math.min(done, starts) / starts) + '%' : '–'].forEach((v, i) => tr.append(el('td', String(v), i ? 'n' : '')));
      const open = () => flow(id, stats.steps.filter((s) => s.flow === id));
      tr.addEventListener('click', open); tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
      body.append(tr);
    }
  }

  async function flow(id, steps) {
    $('flow-detail').classList.remove('hidden'); $('flow-title').textContent = title(id);
    const body = $('steps').querySelector('tbody'); body.replaceChildren();
    for (const s of steps) {
      const name = s.step === '#start' ? '시작 · start' : s.step === '#end' ? '끝 · end' : s.step;
      const tr = el('tr'); [name, s.reached, s.leftHere].forEach((v, i) => tr.append(el('td', String(v), i ? 'n' : ''))); body.append(tr);
    }
    const text = await api('/api/admin/flows/' + encodeURIComponent(id) + '/graph?days=' + $('days').value);
    const box = $('flow-graph');
    if (typeof mermaid === 'undefined') { box.replaceChildren(el('pre', text)); return; }
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const { svg } = await mermaid.render('g' + Date.now(), text);
    box.innerHTML = svg; // Mermaid's own SVG, rendered with securityLevel 'strict' (labels escaped)
  }

  function handoffs(rows) {
    const body = $('handoffs').querySelector('tbody'); body.replaceChildren();
    const mins = (s) => (s < 60 ? s + '초' : Math.round(s / 60) + '분');
    for (const h of rows) {
      const tr = el('tr'); [h.reason, h.handoffs, h.claimed, mins(h.medianWaitSeconds), mins(h.maxWaitSeconds)]
        .forEach((v, i) => tr.append(el('td', String(v), i ? 'n' : ''))); body.append(tr);
    }
  }

  /** Handoffs, waits and bookings per center, by the center's Korean name. */
  function centers(stats) {
    const body = $('centers').querySelector('tbody'); body.replaceChildren();
    const mins = (s) => (s < 60 ? s + '초' : Math.round(s / 60) + '분');
    const name = (id) => (id === '' ? '센터 미정 · Center unknown' : (stats.centerNames[id] || {}).ko || id);
    for (const c of stats.centers) {
      const tr = el('tr'); [name(c.center), c.handoffs, c.claimed, mins(c.medianWaitSeconds), mins(c.maxWaitSeconds),
        c.bookings].forEach((v, i) => tr.append(el('td', String(v), i ? 'n' : ''))); body.append(tr);
    }
  }

  function satisfaction(totals) {
    const list = $('satisfaction'); list.replaceChildren();
    const answers = {};
    totals.filter((t) => t.metric.startsWith('satisfaction:')).forEach((t) => { const a = t.metric.slice(13); answers[a] = (answers[a] || 0) + t.total; });
    Object.keys(answers).sort().forEach((a) => list.append(el('li', a + ': ' + answers[a])));
    if (!list.children.length) list.append(el('li', '아직 답이 없어요 · No answers yet'));
  }

  async function inbox() {
    const data = await api('/api/admin/inbox');
    const list = $('inbox'); list.replaceChildren();
    for (const g of data.groups) {
      const li = el('li'); li.append(el('span', g.count + '건 · ', 'count'), el('span', '추정 · guess: ' + g.bestGuess));
      li.append(el('p', g.texts.slice(0, 3).join('  |  '), 'texts'));
      const pick = el('select'); pick.setAttribute('aria-label', '의도 · Intent');
      data.intents.forEach((n) => { const o = el('option', n); o.value = n; if (n === g.bestGuess) o.selected = true; pick.append(o); });
      const add = el('button', '예시로 추가 · Add as example'); add.type = 'button';
      add.addEventListener('click', async () => {
        add.disabled = true;
        await api('/api/admin/inbox/examples', { method: 'POST', body: JSON.stringify({ intent: pick.value, text: g.texts[0], ids: g.ids }) });
        li.remove(); setTimeout(publishes, 1000);
      });
      li.append(pick, add); list.append(li);
    }
    if (!list.children.length) list.append(el('li', '없어요 · Nothing to review'));
  }

  async function publishes() {
    const data = await api('/api/admin/publish'); const list = $('publishes'); list.replaceChildren();
    for (const p of data.publishes.slice(0, 10)) {
      const li = el('li'); li.append(el('strong', p.result, p.result), el('span', ' ' + new Date(p.at).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' }) + ' · ' + p.who));
      if (p.changes.length) li.append(el('pre', p.changes.join('\n')));
      if (p.problems.length) li.append(el('pre', p.problems.join('\n'), 'refused'));
      list.append(li);
    }
  }

  document.addEventListener('DOMContentLoaded', start);
})();
