/*
 * normviz widget.js: the anywidget front end of normviz.widget.Explorer.
 *
 * The explorer page (normviz explore, the model's _page) runs in an iframe of the
 * notebook's output; its state and the model's traits are kept equal both ways through
 * window messages: {type: "normviz:setState", state} to the page when a trait changes in
 * Python, {type: "normviz:state", state} from the page when the reader moves something.
 */

const KEYS = ["center", "matrix", "radius", "norm", "l1_ratio", "p", "layout", "form", "lam"];

function stateOf(model) {
  return Object.fromEntries(KEYS.map((key) => [key, model.get(key)]));
}

function render({ model, el }) {
  const frame = document.createElement("iframe");
  frame.srcdoc = model.get("_page");
  frame.title = model.get("_title");
  frame.style.width = "100%";
  frame.style.height = `${model.get("height")}px`;
  frame.style.border = "0";
  el.appendChild(frame);
  let applying = false;  // the page's own change being set: not sent back to it
  const push = () => {
    if (!applying && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: "normviz:setState", state: stateOf(model) }, "*");
    }
  };
  const listen = (event) => {
    const data = event.data;
    if (event.source !== frame.contentWindow || !data || data.type !== "normviz:state") return;
    const changed = KEYS.filter((key) => JSON.stringify(model.get(key))
      !== JSON.stringify(data.state[key]));
    if (changed.length === 0) return;
    applying = true;
    try {
      for (const key of changed) model.set(key, data.state[key]);
    } finally {
      applying = false;
    }
    model.save_changes();
  };
  for (const key of KEYS) model.on(`change:${key}`, push);
  window.addEventListener("message", listen);
  return () => {
    window.removeEventListener("message", listen);
    for (const key of KEYS) model.off(`change:${key}`, push);
  };
}

export default { render };
