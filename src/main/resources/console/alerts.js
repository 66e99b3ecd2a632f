// Never miss a seeker: a sound and a browser notification while the tab is in the background,
// the count of waiting and unread conversations in the tab title. Permission is asked once.
import { $, toast } from "./api.js";

const ASKED = "doyak.console.notifyAsked";
const TITLE = "도약 상담 콘솔 · Doyak counselor console";
let audio = null;

/** Shows the "enable alerts" button while the browser has not been asked; asks on the first click anywhere. */
export function setupAlerts() {
  const btn = $("alertsBtn");
  const supported = "Notification" in window;
  btn.hidden = !supported || Notification.permission !== "default";
  btn.onclick = () => ask(true);
  document.addEventListener("click", () => ask(false), { once: true, capture: true });
}

async function ask(explicit) {
  if (!("Notification" in window) || Notification.permission !== "default") { return; }
  if (!explicit && localStorage.getItem(ASKED)) { return; }
  localStorage.setItem(ASKED, "1");
  const answer = await Notification.requestPermission();
  $("alertsBtn").hidden = answer !== "default";
  if (answer === "denied") { toast("브라우저 알림이 꺼져 있어요 · Browser notifications are off"); }
}

/** The tab title with a count, e.g. "(3) 도약 상담 콘솔". */
export function setTitleCount(n) {
  document.title = n > 0 ? `(${n}) ${TITLE}` : TITLE;
}

/** Alerts the counselor when the tab is in the background: a short chime and a notification. */
export function alertHidden(title, body, tag, onClick) {
  if (!document.hidden) { return false; }
  chime();
  if ("Notification" in window && Notification.permission === "granted") {
    const n = new Notification(title, { body, tag, icon: "/console/icon.svg", renotify: true });
    n.onclick = () => { window.focus(); n.close(); if (onClick) { onClick(); } };
  }
  return true;
}

function chime() {
  try {
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    const now = audio.currentTime;
    [880, 1175].forEach((freq, i) => {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, now + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.2, now + i * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.3);
      osc.connect(gain).connect(audio.destination);
      osc.start(now + i * 0.18);
      osc.stop(now + i * 0.18 + 0.32);
    });
  } catch (e) {
    // no audio device: the notification and the title still tell
  }
}
