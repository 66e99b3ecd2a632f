// The console's shared state and a tiny event bus between its modules.
export const state = {
  me: null,            // {username, role}
  filter: "waiting",   // waiting | mine | active | closed | callbacks
  lists: { waiting: [], active: [], closed: [], callbacks: [], followups: [], bookings: [], due: [] },
  current: null,       // the open handoff (detail) or null
  unread: {},          // handoff id -> unread seeker messages
  canned: [],          // [{id, ko, en}]
  counselors: [],      // usernames
  reasons: [],         // [{id, ko, en}]
  center: "mine",      // the center selector: mine | all | a center id
  centers: [],         // [{id, name: {ko, en}, open, counselors, waiting: {...}}]
  myCenters: [],       // the counselor's own center ids (empty: every center)
};

const handlers = {};

/** Listens to a named event. */
export function on(name, fn) {
  (handlers[name] = handlers[name] || []).push(fn);
}

/** Tells every listener of a named event. */
export function emit(name, data) {
  (handlers[name] || []).forEach((fn) => fn(data));
}

/** Whether the open handoff is active and held by the logged-in counselor. */
export function mine(h = state.current) {
  return !!h && h.status === "active" && state.me && h.counselor === state.me.username;
}

/** Every handoff of the lists by id (the newest copy). */
export function findRow(id) {
  return [...state.lists.waiting, ...state.lists.active, ...state.lists.closed].find((h) => h.id === id);
}
