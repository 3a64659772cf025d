/*
 * normviz explore: the page's interface.
 *
 * Reads the configuration (#normviz-config: strings, colours, the first state), draws each
 * panel on a <canvas> and wires the controls.  Every number comes from NormvizMath
 * (solver.js): the optimum, the loss's contours, the ball's outline, the corners'
 * catchment cones.  Colours and sentences come from the configuration only.
 *
 * For tests and benchmarks: window.normviz = {solve, penalised, getState(), setState(partial),
 * redraw(), readout()}.
 */
(() => {
  "use strict";

  const M = NormvizMath;
  const config = JSON.parse(document.getElementById("normviz-config").textContent);
  const S = config.strings;
  const COLORS = config.colors;
  const P_RANGE = config.p_range;

  // ------------------------------------------------------------------ layout values

  const LAM_LOG = [-2, 2];          // the lambda slider spans 10^-2 .. 10^2
  const CONTOUR_POINTS = 200;       // points of the unit contour (a closed polyline)
  const OUTLINE_POINTS = 360;       // points round a round ball
  const MAX_LEVELS = 24;            // contours drawn at most
  const LEVELS_ACROSS = 5;          // about this many contours across the view's half-width
  const DRAG_DENSE_CHECK = 8192;    // the Lp search's check while dragging (full on release)
  const GRAB_TOUCH = 40;            // a touch this near c (CSS px) drags it
  const GRAB = 18;                  // a press this near c keeps the offset to it
  const MARGIN = 1.3;               // the view shows 1.3 times the farthest thing
  const SMALLEST_VIEW = 1.5;

  /** What a typed field accepts: [low, high]; positive: low itself excluded. */
  const FIELDS = {
    radius: { name: S.field_radius, low: 0, high: 100, positive: true },
    lam: { name: S.field_lam, low: 0, high: 1e6 },
    rho: { name: S.field_rho, low: 0, high: 1 },
    p: { name: S.field_p, low: P_RANGE[0], high: P_RANGE[1] },
    c1: { name: S.field_c1, low: -100, high: 100 },
    c2: { name: S.field_c2, low: -100, high: 100 },
    axis1: { name: S.field_axis1, low: 0, high: 100, positive: true },
    axis2: { name: S.field_axis2, low: 0, high: 100, positive: true },
    angle: { name: S.field_angle, low: -180, high: 180 },
  };
  const MATRIX_ENTRIES = ["a", "b", "d"];
  const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

  const $ = (id) => document.getElementById(id);

  // ------------------------------------------------------------------ words and numbers

  /** The template with each {name} replaced by values[name]. */
  function format(template, values) {
    return template.replace(/\{(\w+)\}/g,
      (whole, key) => (key in values ? String(values[key]) : whole));
  }

  const minus = (text) => text.replace(/-/g, "\u2212");

  /** A number as the read-out shows it: 4 significant digits, an exact 0 as "0". */
  function fmt(x) {
    if (x === 0) return "0";
    if (Number.isNaN(x)) return "\u2014";
    if (!Number.isFinite(x)) return minus(x > 0 ? "\u221e" : "-\u221e");
    const size = Math.abs(x);
    return minus(size >= 1e4 || size < 1e-4 ? x.toExponential(3) : x.toPrecision(4));
  }

  /** A number as a field or a label shows it: at most 4 significant digits, no trailing 0. */
  function short(x) {
    if (x === 0) return "0";
    if (!Number.isFinite(x)) return x > 0 ? "\u221e" : "\u2014";
    return String(Number(x.toPrecision(4)));
  }

  /** The text typed into a field as a number, or why it is not one. */
  function parseText(text) {
    const trimmed = text.trim().replace(/\u2212/g, "-");
    if (trimmed === "") return { problem: S.problem_empty };
    if (!NUMBER.test(trimmed)) {
      return { problem: format(S.problem_text, { got: trimmed.slice(0, 24) }) };
    }
    return { value: Number(trimmed) };
  }

  function allowedOf(spec) {
    return spec.positive ? format(S.allowed_positive, { high: minus(String(spec.high)) })
      : format(S.allowed_between, { low: minus(String(spec.low)), high: minus(String(spec.high)) });
  }

  /** The field's value, or the one-line message naming it and what it accepts. */
  function parseField(field, text) {
    const spec = FIELDS[field];
    const parsed = parseText(text);
    if (parsed.problem === undefined) {
      const x = parsed.value;
      const aboveLow = spec.positive ? x > spec.low : x >= spec.low;
      const ok = Number.isFinite(x) && x <= spec.high && aboveLow;
      if (ok) return parsed;
      parsed.problem = format(S.problem_range, { got: minus(text.trim()) });
    }
    const message = format(S.error, {
      field: spec.name, problem: parsed.problem, allowed: allowedOf(spec),
    });
    return { message };
  }

  // ------------------------------------------------------------------ the loss's shape

  /** The contour f = 1's half-axes (longest first, infinite along A's null space) and the
   * first one's angle in [0, 180) degrees (kept from `angle` when A is round). */
  function shapeOf(matrix, angle) {
    const { values, vectors } = M.eigen(matrix);
    const axes = values.map((value) => (value > 0 ? 1 / Math.sqrt(value) : Infinity));
    let degrees = angle;
    if (values[0] !== values[1]) {
      degrees = (Math.atan2(vectors[0][1], vectors[0][0]) * 180) / Math.PI;
      degrees = ((degrees % 180) + 180) % 180;
      if (degrees >= 179.9999999) degrees = 0;
    }
    return { axes, angle: degrees };
  }

  /** A = R diag(1 / r1^2, 1 / r2^2) R^T, R the rotation by the angle. */
  function matrixOf(shape) {
    const theta = (shape.angle * Math.PI) / 180;
    const cos = Math.abs(shape.angle % 90) === 0 && shape.angle % 180 !== 0 ? 0 : Math.cos(theta);
    const sin = shape.angle % 180 === 0 ? 0 : Math.sin(theta);
    const first = 1 / (shape.axes[0] * shape.axes[0]);
    const second = 1 / (shape.axes[1] * shape.axes[1]);
    const a = first * cos * cos + second * sin * sin;
    const b = (first - second) * cos * sin;
    const d = first * sin * sin + second * cos * cos;
    return [[a, b], [b, d]];
  }

  // ------------------------------------------------------------------ state

  function copyState(st) {
    return {
      center: [st.center[0], st.center[1]],
      matrix: st.matrix.map((row) => [row[0], row[1]]),
      radius: st.radius,
      ball: st.ball,
      l1_ratio: st.l1_ratio,
      p: st.p,
      layout: st.layout,
      form: st.form,
      lam: st.lam,
      shape: { axes: [st.shape.axes[0], st.shape.axes[1]], angle: st.shape.angle },
    };
  }

  let state = copyState(Object.assign({}, config.state, {
    shape: shapeOf(config.state.matrix, 0),
  }));

  const panelNorms = (st) => (st.layout === "both" ? ["l1", "l2"] : [st.ball]);
  const hasPenalisedForm = (st) => !panelNorms(st).includes("lp");

  /** Each panel's optimum for the state (throws NormvizMath's Error on bad input). */
  function solvePanels(st, denseCheck) {
    return panelNorms(st).map((norm) => {
      const ball = { norm, l1_ratio: st.l1_ratio, p: st.p };
      if (st.form === "penalised") {
        const result = M.penalised({
          center: st.center, matrix: st.matrix, lam: st.lam, norm, l1_ratio: st.l1_ratio,
        });
        if (!result.beta.every(Number.isFinite)) throw new Error("penalised optimum is not finite");
        const reach = norm === "enet" ? M.enetReach(st.l1_ratio, result.size) : result.size;
        return {
          norm,
          ball,
          form: "penalised",
          beta: result.beta,
          loss: M.lossValue(st.center, st.matrix, result.beta),
          objective: result.objective,
          zeros: result.zeros,
          size: result.size,
          reach,
          unique: true,
        };
      }
      const radius = norm === "enet" ? M.enetRadius(st.l1_ratio, st.radius) : st.radius;
      const problem = {
        center: st.center, matrix: st.matrix, radius, norm, l1_ratio: st.l1_ratio, p: st.p,
      };
      if (norm === "lp" && denseCheck) problem.denseCheck = denseCheck;
      const result = M.solve(problem);
      return {
        norm,
        ball,
        form: "constrained",
        beta: result.beta,
        loss: result.loss,
        multiplier: result.multiplier,
        face: result.face,
        zeros: result.zeros,
        unique: result.unique,
        radius,
        reach: st.radius,
      };
    });
  }

  let results = [];
  let view = SMALLEST_VIEW;         // the half-width of every panel's view
  let drag = null;
  const invalid = new Set();        // fields whose text is not a good value

  // ------------------------------------------------------------------ the page's parts

  const panelsBox = $("panels");
  const panels = [0, 1].map((index) => {
    const figure = $(`panel-${index}`);
    const canvas = figure.querySelector("canvas");
    return {
      index,
      figure,
      canvas,
      context: canvas.getContext("2d"),
      name: figure.querySelector(".panel-name"),
      swatch: figure.querySelector(".panel-title .swatch"),
      shade: figure.querySelector(".shade-legend"),
      shadeText: figure.querySelector(".shade-text"),
      readout: figure.querySelector(".readout"),
      rows: [],
      width: 0,
      height: 0,
      ratio: 1,
      scale: 1,
      box: [-1, 1, -1, 1],
      outline: { key: "", points: null },
      catchment: { key: "", regions: [] },
    };
  });
  const unitContour = { key: "", points: null };
  const font = getComputedStyle(document.documentElement).fontFamily;

  const sliders = {
    radius: $("radius-range"), lam: $("lam-range"), rho: $("rho-range"), p: $("p-range"),
    axis1: $("axis1-range"), axis2: $("axis2-range"), angle: $("angle-range"),
  };
  const numbers = {};
  for (const field of Object.keys(FIELDS)) numbers[field] = $(`${field}-number`);
  for (const entry of MATRIX_ENTRIES) numbers[entry] = $(`${entry}-number`);
  sliders.p.min = String(P_RANGE[0]);
  sliders.p.max = String(P_RANGE[1]);
  sliders.lam.min = String(LAM_LOG[0]);
  sliders.lam.max = String(LAM_LOG[1]);

  const clamp = (x, low, high) => Math.min(Math.max(x, low), high);

  /** The field's value shown on its slider (lambda's slider is log10). */
  function sliderValue(field, st) {
    switch (field) {
      case "radius": return st.radius;
      case "lam": return st.lam > 0 ? Math.log10(st.lam) : LAM_LOG[0];
      case "rho": return st.l1_ratio;
      case "p": return st.p;
      case "axis1": return st.shape.axes[0];
      case "axis2": return st.shape.axes[1];
      default: return st.shape.angle;
    }
  }

  function fieldValue(field, st) {
    switch (field) {
      case "radius": return st.radius;
      case "lam": return st.lam;
      case "rho": return st.l1_ratio;
      case "p": return st.p;
      case "c1": return st.center[0];
      case "c2": return st.center[1];
      case "axis1": return st.shape.axes[0];
      case "axis2": return st.shape.axes[1];
      case "angle": return st.shape.angle;
      case "a": return st.matrix[0][0];
      case "b": return st.matrix[0][1];
      default: return st.matrix[1][1];
    }
  }

  function errorBox(field) {
    return $(`${MATRIX_ENTRIES.includes(field) ? "matrix" : field}-error`);
  }

  function inputsOf(field) {
    return field === "matrix" ? MATRIX_ENTRIES.map((entry) => numbers[entry]) : [numbers[field]];
  }

  function showError(field, message) {
    invalid.add(field);
    errorBox(field).textContent = message;
    for (const input of inputsOf(field)) input.setAttribute("aria-invalid", "true");
  }

  function clearError(field) {
    invalid.delete(field);
    errorBox(field).textContent = "";
    for (const input of inputsOf(field)) input.removeAttribute("aria-invalid");
  }

  /** Every control shows the state, except `except` (the one being used, "radius:range"
   * or "radius:number") and fields holding bad typed text. */
  function syncControls(except) {
    const single = state.layout === "single";
    const choice = single ? state.ball : "both";
    for (const radio of document.querySelectorAll('input[name="view"]')) {
      radio.checked = radio.value === choice;
    }
    const penalisedAllowed = hasPenalisedForm(state);
    for (const radio of document.querySelectorAll('input[name="form"]')) {
      radio.checked = radio.value === state.form;
    }
    $("form-penalised").disabled = !penalisedAllowed;
    $("form-note").hidden = penalisedAllowed;
    $("row-rho").hidden = !(single && state.ball === "enet");
    $("row-p").hidden = !(single && state.ball === "lp");
    $("row-radius").hidden = state.form !== "constrained";
    $("row-lam").hidden = state.form !== "penalised";
    $("problem").textContent =
      state.form === "penalised" ? S.problem_penalised : S.problem_constrained;
    panelsBox.dataset.layout = state.layout;
    panels[1].figure.hidden = single;
    for (const [field, slider] of Object.entries(sliders)) {
      if (except === `${field}:range`) continue;
      const value = sliderValue(field, state);
      const low = Number(slider.min);
      const high = Number(slider.max);
      slider.value = String(clamp(Number.isFinite(value) ? value : high, low, high));
    }
    for (const field of [...Object.keys(FIELDS), ...MATRIX_ENTRIES]) {
      const group = MATRIX_ENTRIES.includes(field) ? "matrix" : field;
      if (except === `${group}:number` || invalid.has(group)) continue;
      numbers[field].value = short(fieldValue(field, state));
    }
  }

  // ------------------------------------------------------------------ the read-out

  /** Fill `element` with the template, each {key} a <span class="num" data-key>. */
  function fillTemplate(element, template, values) {
    const parts = template.split(/\{(\w+)\}/);
    const nodes = parts.map((part, k) => {
      if (k % 2 === 0) return document.createTextNode(part);
      const span = document.createElement("span");
      span.className = "num";
      span.dataset.key = part;
      span.textContent = values[part];
      return span;
    });
    element.replaceChildren(...nodes);
  }

  function panelTitle(result) {
    const rho = short(state.l1_ratio);
    if (result.form === "penalised") return format(S[`pen_${result.norm}`], { rho });
    return format(S[`panel_${result.norm}`], { rho, p: short(state.p) });
  }

  function zerosText(zeros) {
    if (zeros.length === 0) return S.zeros_none;
    if (zeros.length === 2) return S.zeros_both;
    return format(S.zeros_one, { name: zeros[0] === 0 ? S.name_1 : S.name_2 });
  }

  /** Where the penalised optimum lies on the dashed ball through it. */
  function penalisedFace(result) {
    if (result.zeros.length === 2) return "origin";
    const corners = result.norm === "l1" || (result.norm === "enet" && state.l1_ratio > 0);
    if (corners && result.zeros.length === 1) return "vertex";
    return result.norm === "l1" ? "edge" : "boundary";
  }

  function readoutRows(result) {
    const beta = result.beta;
    const rows = [[S.out_optimum, { b1: fmt(beta[0]), b2: fmt(beta[1]) }]];
    const face = result.form === "penalised" ? penalisedFace(result) : result.face;
    rows.push([S.out_where, { face: S[`face_${face}`] || face, zeros: zerosText(result.zeros) }]);
    if (result.form === "penalised") {
      rows.push([S.out_lam, { lam: fmt(state.lam) }]);
      rows.push([S.out_loss, { loss: fmt(result.loss) }]);
      rows.push([S.out_objective, { objective: fmt(result.objective) }]);
      rows.push(result.size > 0 ? [S.pen_ball, { t: fmt(result.reach) }] : [S.pen_zero, {}]);
      return rows;
    }
    rows.push([S.out_loss, { loss: fmt(result.loss) }]);
    if (Number.isFinite(result.multiplier)) {
      rows.push([S.out_multiplier, { mu: fmt(result.multiplier) }]);
    }
    if (result.face === "interior") {
      const atCenter = beta[0] === state.center[0] && beta[1] === state.center[1];
      rows.push([atCenter ? S.free_note : S.flat_note, {}]);
    }
    if (!result.unique) rows.push([S.not_unique, {}]);
    return rows;
  }

  function updateReadout() {
    panels.forEach((panel, index) => {
      const result = results[index];
      if (!result) return;
      const title = panelTitle(result);
      panel.name.textContent = title;
      const color = ballColor(result.norm);
      panel.swatch.style.setProperty("--panel-color", color);
      panel.canvas.setAttribute("aria-label", `${title}. ${S.canvas_label}`);
      const rows = readoutRows(result);
      while (panel.rows.length < rows.length) {
        const row = document.createElement("p");
        panel.readout.append(row);
        panel.rows.push(row);
      }
      panel.rows.forEach((row, k) => {
        if (k < rows.length) {
          fillTemplate(row, rows[k][0], rows[k][1]);
          row.hidden = false;
        } else {
          row.replaceChildren();
          row.hidden = true;
        }
      });
    });
  }

  // ------------------------------------------------------------------ applying a change

  function ballColor(norm) {
    if (norm === "l1") return COLORS.l1;
    if (norm === "l2") return COLORS.l2;
    return COLORS.other_ball;
  }

  /** The view's half-width for the state: the ball, c and the optimum fit with room. */
  function neededView(st, solved) {
    let far = Math.max(Math.abs(st.center[0]), Math.abs(st.center[1]), SMALLEST_VIEW / MARGIN);
    if (st.form === "constrained") far = Math.max(far, st.radius);
    for (const result of solved) {
      far = Math.max(far, Math.abs(result.beta[0]), Math.abs(result.beta[1]));
      if (result.form === "penalised") far = Math.max(far, result.reach);
    }
    const wanted = far * MARGIN;
    const power = 10 ** Math.floor(Math.log10(wanted));
    const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((k) => k * power >= wanted * (1 - 1e-12));
    return step * power;
  }

  function updateView(force) {
    const wanted = neededView(state, results);
    if (force || wanted > view || wanted < view * 0.45) view = wanted;
  }

  /**
   * Try the state with `partial` merged in; on success it becomes the page's state and
   * is shown (controls, read-out, picture).  Returns null, or the Error that kept it out.
   */
  function apply(partial, source, denseCheck) {
    const candidate = Object.assign(copyState(state), partial);
    if (candidate.form === "penalised" && !hasPenalisedForm(candidate)) {
      candidate.form = "constrained";
    }
    let solved;
    try {
      solved = solvePanels(candidate, denseCheck);
    } catch (error) {
      return error;
    }
    state = candidate;
    results = solved;
    if (!drag) updateView(false);
    syncControls(source);
    updateReadout();
    schedule();
    if (!drag) announce();
    return null;
  }

  // ------------------------------------------------------------------ inside normviz.widget

  /** In an iframe (normviz.widget's widget.js), the state goes to the parent after each
   * change made in the page (a drag: when it ends) as {type: "normviz:state", state}; a
   * state the parent set is not sent back to it. */
  const STATE_KEYS = [
    "center", "matrix", "radius", "ball", "l1_ratio", "p", "layout", "form", "lam",
  ];
  const embedded = window.parent !== window;
  let announced = "";               // the last state the parent knows of, as JSON
  let fromParent = false;           // true while the parent's setState is applied

  function announce() {
    if (!embedded) return;
    const copy = copyState(state);
    const message = Object.fromEntries(STATE_KEYS.map((key) => [key, copy[key]]));
    const text = JSON.stringify(message);
    if (text === announced) return;
    announced = text;
    if (!fromParent) window.parent.postMessage({ type: "normviz:state", state: message }, "*");
  }

  /** A change from a typed field or a slider: applied, or its message shown. */
  function applyField(field, partial, show, source) {
    const error = apply(partial, source);
    if (error === null) {
      clearError(field);
      return true;
    }
    if (show) {
      const spec = field === "matrix" ? null : FIELDS[field];
      const lam = partial.lam !== undefined ? partial.lam : state.lam;
      const flat = state.form === "penalised" && lam === 0;  // singular A, lambda = 0
      let allowed = spec ? allowedOf(spec) : S.allowed_matrix;
      if (flat && field === "lam") allowed = allowedOf({ positive: true, high: FIELDS.lam.high });
      showError(field, format(S.error, {
        field: spec ? spec.name : S.field_matrix,
        problem: flat ? S.problem_flat : S.problem_solver,
        allowed,
      }));
    } else {
      invalid.add(field);
    }
    return false;
  }

  function partialFor(field, value) {
    switch (field) {
      case "radius": return { radius: value };
      case "lam": return { lam: value };
      case "rho": return { l1_ratio: value };
      case "p": return { p: value };
      case "c1": return { center: [value, state.center[1]] };
      case "c2": return { center: [state.center[0], value] };
      default: {
        const shape = {
          axes: [state.shape.axes[0], state.shape.axes[1]],
          angle: state.shape.angle,
        };
        if (field === "axis1") shape.axes[0] = value;
        if (field === "axis2") shape.axes[1] = value;
        if (field === "angle") shape.angle = ((value % 180) + 180) % 180;
        return { shape, matrix: matrixOf(shape) };
      }
    }
  }

  /** A typed field: applied when good; its message shown when `show` (on change). */
  function typed(field, show) {
    const parsed = parseField(field, numbers[field].value);
    if (parsed.message !== undefined) {
      if (show) showError(field, parsed.message);
      else invalid.add(field);
      return;
    }
    applyField(field, partialFor(field, parsed.value), show, `${field}:number`);
  }

  function typedMatrix(show) {
    const values = {};
    for (const entry of MATRIX_ENTRIES) {
      const parsed = parseText(numbers[entry].value);
      if (parsed.problem !== undefined) {
        if (show) {
          showError("matrix", format(S.error, {
            field: format(S.field_entry, { name: S[`field_${entry}`] }),
            problem: parsed.problem,
            allowed: S.allowed_matrix,
          }));
        } else {
          invalid.add("matrix");
        }
        return;
      }
      values[entry] = parsed.value;
    }
    const matrix = [[values.a, values.b], [values.b, values.d]];
    try {
      M.checkMatrix(matrix);
    } catch {
      if (show) {
        const zero = values.a === 0 && values.b === 0 && values.d === 0;
        const shown = { a: short(values.a), b: short(values.b), d: short(values.d) };
        showError("matrix", format(S.error, {
          field: S.field_matrix,
          problem: zero ? S.problem_zero : format(S.problem_matrix, shown),
          allowed: S.allowed_matrix,
        }));
      } else {
        invalid.add("matrix");
      }
      return;
    }
    const shape = shapeOf(matrix, state.shape.angle);
    applyField("matrix", { matrix, shape }, show, "matrix:number");
  }

  function slid(field) {
    const raw = Number(sliders[field].value);
    const value = field === "lam" ? Number((10 ** raw).toPrecision(3)) : raw;
    invalid.delete(field);
    applyField(field, partialFor(field, value), true, `${field}:range`);
  }

  // ------------------------------------------------------------------ drawing

  let frame = 0;

  function schedule() {
    if (frame === 0) frame = requestAnimationFrame(() => { frame = 0; render(); });
  }

  /** Match the canvas's pixels to its size on screen (devicePixelRatio aware). */
  function fit(panel) {
    const ratio = window.devicePixelRatio || 1;
    const width = panel.canvas.clientWidth;
    const height = panel.canvas.clientHeight;
    const pixelsWide = Math.max(1, Math.round(width * ratio));
    const pixelsHigh = Math.max(1, Math.round(height * ratio));
    if (panel.canvas.width !== pixelsWide || panel.canvas.height !== pixelsHigh) {
      panel.canvas.width = pixelsWide;
      panel.canvas.height = pixelsHigh;
    }
    panel.width = width;
    panel.height = height;
    panel.ratio = ratio;
    panel.scale = Math.min(width, height) / (2 * view);
    const halfWide = width / 2 / panel.scale;
    const halfHigh = height / 2 / panel.scale;
    panel.box = [-halfWide, halfWide, -halfHigh, halfHigh];
  }

  const toX = (panel, x) => panel.width / 2 + x * panel.scale;
  const toY = (panel, y) => panel.height / 2 - y * panel.scale;

  function tracePath(context, panel, points, close) {
    context.beginPath();
    for (let k = 0; k < points.length; k += 1) {
      const x = toX(panel, points[k][0]);
      const y = toY(panel, points[k][1]);
      if (k === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    if (close) context.closePath();
  }

  /** The contour f = level around c: the unit ellipse (cached per A) scaled by sqrt(level),
   * or NormvizMath.contour's two lines when A is singular. */
  function traceContour(context, panel, level, singular) {
    if (singular) {
      for (const line of M.contour(state.center, state.matrix, level, panel.box, 2)) {
        tracePath(context, panel, line, false);
        context.stroke();
      }
      return;
    }
    const points = unitContour.points;
    const size = Math.sqrt(level);
    const cx = state.center[0];
    const cy = state.center[1];
    context.beginPath();
    for (let k = 0; k < points.length; k += 1) {
      const x = toX(panel, cx + size * points[k][0]);
      const y = toY(panel, cy + size * points[k][1]);
      if (k === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.stroke();
  }

  function label(context, text, x, y, color, align) {
    context.textAlign = align || "left";
    context.lineWidth = 4;
    context.strokeStyle = COLORS.background;
    context.strokeText(text, x, y);
    context.fillStyle = color;
    context.fillText(text, x, y);
  }

  function tickStep() {
    const rough = view / 4;
    const power = 10 ** Math.floor(Math.log10(rough));
    return [1, 2, 5, 10].find((k) => k * power >= rough * 0.99) * power;
  }

  function drawAxes(context, panel) {
    const [xmin, xmax, ymin, ymax] = panel.box;
    const ox = toX(panel, 0);
    const oy = toY(panel, 0);
    context.strokeStyle = COLORS.axes;
    context.lineWidth = 1;
    context.beginPath();
    context.moveTo(0, oy);
    context.lineTo(panel.width, oy);
    context.moveTo(ox, 0);
    context.lineTo(ox, panel.height);
    const step = tickStep();
    for (let k = Math.ceil(xmin / step); k * step <= xmax; k += 1) {
      if (k === 0) continue;
      const x = toX(panel, k * step);
      context.moveTo(x, oy - 4);
      context.lineTo(x, oy + 4);
    }
    for (let k = Math.ceil(ymin / step); k * step <= ymax; k += 1) {
      if (k === 0) continue;
      const y = toY(panel, k * step);
      context.moveTo(ox - 4, y);
      context.lineTo(ox + 4, y);
    }
    context.stroke();
    context.font = `12px ${font}`;
    context.textBaseline = "top";
    for (let k = Math.ceil(xmin / step); k * step <= xmax; k += 1) {
      const x = toX(panel, k * step);
      if (k !== 0 && x > 12 && x < panel.width - 28) {
        label(context, minus(short(k * step)), x, oy + 6, COLORS.muted, "center");
      }
    }
    context.textBaseline = "middle";
    for (let k = Math.ceil(ymin / step); k * step <= ymax; k += 1) {
      const y = toY(panel, k * step);
      if (k !== 0 && y > 24 && y < panel.height - 10) {
        label(context, minus(short(k * step)), ox - 7, y, COLORS.muted, "right");
      }
    }
    context.font = `15px ${font}`;
    context.textBaseline = "bottom";
    label(context, S.axis_1, panel.width - 6, oy - 5, COLORS.text, "right");
    context.textBaseline = "top";
    label(context, S.axis_2, ox + 7, 5, COLORS.text, "left");
  }

  /** The contour levels drawn: evenly spaced in sqrt(level) (so evenly spaced ellipses),
   * the touching level among them, out to where the contours leave the view. */
  const levels = new Float64Array(MAX_LEVELS);

  function contourLevels(panel, touching, largest) {
    const [xmin, xmax, ymin, ymax] = panel.box;
    const cx = state.center[0];
    const cy = state.center[1];
    const far = Math.max(Math.hypot(xmin - cx, ymin - cy), Math.hypot(xmax - cx, ymin - cy),
      Math.hypot(xmin - cx, ymax - cy), Math.hypot(xmax - cx, ymax - cy));
    const reach = Math.sqrt(largest) * far;
    const origin = touching > 0 ? Math.sqrt(touching) : 0;
    let step = (Math.sqrt(largest) * view) / LEVELS_ACROSS;
    let count = 0;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      count = 0;
      const first = -Math.floor(origin / step);
      for (let j = first; count < MAX_LEVELS; j += 1) {
        const s = origin + j * step;
        if (s > reach) break;
        if (s > 0.3 * step) {
          levels[count] = s * s;
          count += 1;
        }
      }
      if (count < MAX_LEVELS || origin + (count > 0 ? 0 : 1) > reach) break;
      step *= 2;
    }
    return count;
  }

  function drawPanel(panel, result) {
    const context = panel.context;
    context.setTransform(panel.ratio, 0, 0, panel.ratio, 0, 0);
    context.fillStyle = COLORS.background;
    context.fillRect(0, 0, panel.width, panel.height);
    context.lineJoin = "round";
    context.lineCap = "round";
    const constrained = result.form === "constrained";
    const boxKey = panel.box.map((x) => x.toPrecision(6)).join(",");

    // the corners' catchment cones: c there gives an exact 0
    let regions = [];
    if (constrained) {
      const key = `${result.norm}|${result.radius}|${state.l1_ratio}|${state.p}`
        + `|${state.matrix}|${boxKey}`;
      if (panel.catchment.key !== key) {
        panel.catchment.key = key;
        const ball = {
          norm: result.norm, radius: result.radius, l1_ratio: state.l1_ratio, p: state.p,
        };
        panel.catchment.regions = M.catchment(state.matrix, ball, panel.box);
      }
      regions = panel.catchment.regions;
    }
    context.globalAlpha = 0.17;
    context.fillStyle = COLORS.zero;
    for (const region of regions) {
      if (region.polygon.length < 3) continue;
      tracePath(context, panel, region.polygon, true);
      context.fill();
    }
    context.globalAlpha = 1;
    panel.shade.hidden = regions.length === 0;
    if (regions.length > 0) {
      const ball = result.norm === "enet" ? S.shade_enet : S.shade_l1;
      panel.shadeText.textContent = format(S.shade, { ball });
    }

    drawAxes(context, panel);

    // the ball: the constraint's, or (penalised) the one through the optimum, dashed
    const color = ballColor(result.norm);
    const ballRadius = constrained ? result.radius : result.size;
    let outline = null;
    if (ballRadius > 0) {
      const key = `${result.norm}|${ballRadius}|${state.l1_ratio}|${state.p}`;
      if (panel.outline.key !== key) {
        panel.outline.key = key;
        const ball = {
          norm: result.norm, radius: ballRadius, l1_ratio: state.l1_ratio, p: state.p,
        };
        panel.outline.points = M.outline(ball, OUTLINE_POINTS);
      }
      outline = panel.outline.points;
    }
    if (outline && constrained) {
      context.globalAlpha = 0.14;
      context.fillStyle = color;
      tracePath(context, panel, outline, true);
      context.fill();
      context.globalAlpha = 1;
    }

    // the loss's contours, the touching one stronger
    const { values } = M.eigen(state.matrix);
    const largest = values[1];
    const singular = !(values[0] > 1e-12 * largest);
    const interior = constrained && result.face === "interior";
    const touching = result.loss > 0 && !interior ? result.loss : 0;
    if (largest > 0) {
      if (!singular) {
        const key = String(state.matrix);
        if (unitContour.key !== key) {
          unitContour.key = key;
          const lines = M.contour([0, 0], state.matrix, 1, [-1, 1, -1, 1], CONTOUR_POINTS);
          unitContour.points = lines[0];
        }
      }
      const count = contourLevels(panel, touching, largest);
      context.strokeStyle = COLORS.loss;
      context.globalAlpha = 0.5;
      context.lineWidth = 1;
      for (let k = 0; k < count; k += 1) {
        if (touching > 0 && Math.abs(levels[k] - touching) <= 1e-9 * touching) continue;
        traceContour(context, panel, levels[k], singular);
      }
      context.globalAlpha = 1;
    }
    if (outline) {
      context.strokeStyle = color;
      context.lineWidth = 2;
      if (!constrained) context.setLineDash([8, 6]);
      tracePath(context, panel, outline, true);
      context.stroke();
      context.setLineDash([]);
    }
    if (touching > 0 && largest > 0) {
      context.strokeStyle = COLORS.loss;
      context.lineWidth = 2.5;
      traceContour(context, panel, touching, singular);
    }

    // c and the optimum
    const cx = toX(panel, state.center[0]);
    const cy = toY(panel, state.center[1]);
    context.strokeStyle = COLORS.loss;
    context.lineWidth = 2;
    context.beginPath();
    context.moveTo(cx - 7, cy);
    context.lineTo(cx + 7, cy);
    context.moveTo(cx, cy - 7);
    context.lineTo(cx, cy + 7);
    context.stroke();
    context.beginPath();
    context.arc(cx, cy, 4, 0, 2 * Math.PI);
    context.fillStyle = COLORS.loss;
    context.fill();
    context.font = `bold 15px ${font}`;
    context.textBaseline = "bottom";
    label(context, S.label_c, cx + 8, cy - 6, COLORS.loss, "left");

    const bx = toX(panel, result.beta[0]);
    const by = toY(panel, result.beta[1]);
    const dotColor = result.zeros.length > 0 ? COLORS.zero : COLORS.optimum;
    context.beginPath();
    context.arc(bx, by, 6.5, 0, 2 * Math.PI);
    context.fillStyle = dotColor;
    context.fill();
    context.lineWidth = 2;
    context.strokeStyle = COLORS.background;
    context.stroke();
    let dx = bx - cx;
    let dy = by - cy;
    const length = Math.hypot(dx, dy);
    if (length < 20) {
      dx = 0.6;
      dy = 0.8;
    } else {
      dx /= length;
      dy /= length;
    }
    context.textBaseline = "middle";
    let align = "center";
    if (dx < -0.3) align = "right";
    else if (dx > 0.3) align = "left";
    label(context, S.label_optimum, bx + dx * 20, by + dy * 20, dotColor, align);
  }

  /** Draw every shown panel now; the time it took in ms. */
  function render() {
    const begin = performance.now();
    const shown = panelNorms(state).length;
    for (let index = 0; index < shown; index += 1) {
      const panel = panels[index];
      fit(panel);
      if (panel.width > 0 && results[index]) drawPanel(panel, results[index]);
    }
    return performance.now() - begin;
  }

  // ------------------------------------------------------------------ dragging c

  function pointerOf(panel, event) {
    const rect = panel.canvas.getBoundingClientRect();
    const x = event.clientX - rect.left - panel.canvas.clientLeft;
    const y = event.clientY - rect.top - panel.canvas.clientTop;
    const world = [(x - panel.width / 2) / panel.scale, (panel.height / 2 - y) / panel.scale];
    return { x, y, world };
  }

  /** Where a drag puts c for the pointer at `point` (the offset it was grabbed at kept). */
  function draggedCenter(point) {
    return [point.world[0] + drag.offset[0], point.world[1] + drag.offset[1]];
  }

  function setBusy(busy) {
    for (const panel of panels) {
      panel.readout.setAttribute("aria-busy", busy ? "true" : "false");
    }
  }

  function moveCenter(world, denseCheck) {
    const everywhere = [-Infinity, Infinity, -Infinity, Infinity];
    const [xmin, xmax, ymin, ymax] = drag ? drag.panel.box : everywhere;
    const center = [clamp(world[0], xmin, xmax), clamp(world[1], ymin, ymax)];
    clearError("c1");
    clearError("c2");
    if (apply({ center }, null, denseCheck) !== null) syncControls(null);
  }

  function endDrag() {
    if (!drag) return;
    const panel = drag.panel;
    drag = null;
    panel.canvas.classList.remove("dragging");
    setBusy(false);
    moveCenter(state.center);
  }

  for (const panel of panels) {
    const canvas = panel.canvas;
    canvas.addEventListener("pointerdown", (event) => {
      if (event.pointerType === "mouse" && event.button !== 0) return;
      fit(panel);
      const point = pointerOf(panel, event);
      const distance = Math.hypot(point.x - toX(panel, state.center[0]),
        point.y - toY(panel, state.center[1]));
      if (event.pointerType === "touch" && distance > GRAB_TOUCH) return;
      event.preventDefault();
      canvas.focus({ preventScroll: true });
      canvas.setPointerCapture(event.pointerId);
      const near = distance <= (event.pointerType === "touch" ? GRAB_TOUCH : GRAB);
      let offset = [0, 0];
      if (near) offset = [state.center[0] - point.world[0], state.center[1] - point.world[1]];
      drag = { panel, pointer: event.pointerId, offset };
      canvas.classList.add("dragging");
      setBusy(true);
      moveCenter(draggedCenter(point), DRAG_DENSE_CHECK);
    });
    canvas.addEventListener("pointermove", (event) => {
      if (!drag || drag.pointer !== event.pointerId) return;
      const point = pointerOf(panel, event);
      moveCenter(draggedCenter(point), DRAG_DENSE_CHECK);
    });
    for (const type of ["pointerup", "pointercancel", "lostpointercapture"]) {
      canvas.addEventListener(type, (event) => {
        if (drag && drag.pointer === event.pointerId) endDrag();
      });
    }
    // a touch on c drags it; elsewhere the page scrolls as usual
    canvas.addEventListener("touchstart", (event) => {
      const touch = event.touches[0];
      fit(panel);
      const rect = canvas.getBoundingClientRect();
      const x = touch.clientX - rect.left - canvas.clientLeft;
      const y = touch.clientY - rect.top - canvas.clientTop;
      const distance = Math.hypot(x - toX(panel, state.center[0]),
        y - toY(panel, state.center[1]));
      if (event.touches.length === 1 && distance <= GRAB_TOUCH) event.preventDefault();
    }, { passive: false });
    canvas.addEventListener("keydown", (event) => {
      const moves = {
        ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1],
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      const rough = view / 60;
      const power = 10 ** Math.floor(Math.log10(rough));
      const unit = [1, 2, 5, 10].find((k) => k * power >= rough * 0.99) * power;
      const step = event.shiftKey ? unit * 5 : unit;
      const snap = (x) => Number((Math.round(x / unit) * unit).toFixed(10));
      const center = state.center.map((x, i) => (move[i] === 0 ? x : snap(x + move[i] * step)));
      const limit = FIELDS.c1.high;
      moveCenter([clamp(center[0], -limit, limit), clamp(center[1], -limit, limit)]);
    });
    new ResizeObserver(schedule).observe(canvas);
  }

  // ------------------------------------------------------------------ the controls

  for (const radio of document.querySelectorAll('input[name="view"]')) {
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      const partial = radio.value === "both" ? { layout: "both" }
        : { layout: "single", ball: radio.value };
      apply(partial, null);
      updateView(true);
      schedule();
    });
  }
  for (const radio of document.querySelectorAll('input[name="form"]')) {
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      apply({ form: radio.value }, null);
      updateView(true);
      schedule();
    });
  }
  for (const field of Object.keys(sliders)) {
    sliders[field].addEventListener("input", () => slid(field));
  }
  for (const field of Object.keys(FIELDS)) {
    const input = numbers[field];
    input.addEventListener("input", () => typed(field, false));
    input.addEventListener("change", () => typed(field, true));
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") typed(field, true);
    });
  }
  for (const entry of MATRIX_ENTRIES) {
    const input = numbers[entry];
    input.addEventListener("input", () => typedMatrix(false));
    input.addEventListener("change", () => typedMatrix(true));
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") typedMatrix(true);
    });
  }

  // ------------------------------------------------------------------ for tests and benchmarks

  const CHOICES = {
    ball: ["l1", "l2", "enet", "lp"],
    layout: ["both", "single"],
    form: ["constrained", "penalised"],
  };

  function checkedNumber(name, value, low, high, positive) {
    if (typeof value !== "number" || !Number.isFinite(value) || value > high
      || (positive ? !(value > low) : value < low)) {
      const range = `${positive ? "(" : "["}${low}, ${high}]`;
      throw new Error(`${name} must be a number in ${range}, got ${JSON.stringify(value)}`);
    }
    return value;
  }

  /** The partial state checked (throws an Error naming the first bad key). */
  function checkedPartial(partial) {
    const out = {};
    for (const [key, value] of Object.entries(partial)) {
      switch (key) {
        case "center":
          if (!Array.isArray(value) || value.length !== 2) {
            throw new Error("center must be [c1, c2]");
          }
          out.center = value.map((x, i) => checkedNumber(`center[${i}]`, x, -1e6, 1e6));
          break;
        case "matrix": {
          const matrix = M.checkMatrix(value);
          out.matrix = matrix;
          out.shape = shapeOf(matrix, state.shape.angle);
          break;
        }
        case "axes":
        case "angle": {
          const shape = out.shape || { axes: [...state.shape.axes], angle: state.shape.angle };
          if (key === "axes") {
            if (!Array.isArray(value) || value.length !== 2) {
              throw new Error("axes must be [r1, r2]");
            }
            shape.axes = value.map((x, i) => checkedNumber(`axes[${i}]`, x, 0, Infinity, true));
          } else {
            shape.angle = ((checkedNumber("angle", value, -1e6, 1e6) % 180) + 180) % 180;
          }
          out.shape = shape;
          out.matrix = matrixOf(shape);
          break;
        }
        case "radius": out.radius = checkedNumber(key, value, 0, 1e6, true); break;
        case "lam": out.lam = checkedNumber(key, value, 0, 1e6); break;
        case "l1_ratio": out.l1_ratio = checkedNumber(key, value, 0, 1); break;
        case "p": out.p = checkedNumber(key, value, P_RANGE[0], P_RANGE[1]); break;
        case "ball":
        case "layout":
        case "form":
          if (!CHOICES[key].includes(value)) {
            const allowed = CHOICES[key].join(", ");
            throw new Error(`${key} must be one of ${allowed}, got ${JSON.stringify(value)}`);
          }
          out[key] = value;
          break;
        default:
          throw new Error(`unknown state key ${JSON.stringify(key)}`);
      }
    }
    return out;
  }

  const FIELDS_OF = {
    center: ["c1", "c2"],
    matrix: ["matrix", "axis1", "axis2", "angle"],
    axes: ["matrix", "axis1", "axis2"],
    angle: ["matrix", "angle"],
    radius: ["radius"],
    lam: ["lam"],
    l1_ratio: ["rho"],
    p: ["p"],
  };

  function readout() {
    const parse = (text) => Number(text.replace(/\u2212/g, "-").replace("\u221e", "Infinity"));
    return {
      layout: state.layout,
      form: state.form,
      panels: results.map((result, index) => {
        const panel = panels[index];
        const shown = {};
        for (const span of panel.readout.querySelectorAll("span.num")) {
          shown[span.dataset.key] = span.textContent;
        }
        const number = (key) => (key in shown ? parse(shown[key]) : null);
        return {
          norm: result.norm,
          form: result.form,
          title: panel.name.textContent,
          beta: [number("b1"), number("b2")],
          loss: number("loss"),
          multiplier: number("mu"),
          objective: number("objective"),
          lam: number("lam"),
          t: number("t"),
          face: shown.face || null,
          zeros: result.zeros.slice(),
          shaded: !panel.shade.hidden,
          shown,
          text: panel.readout.innerText,
        };
      }),
    };
  }

  window.normviz = Object.freeze({
    solve: M.solve,
    penalised: M.penalised,
    getState() {
      const st = copyState(state);
      return Object.assign(st, { axes: st.shape.axes, angle: st.shape.angle, view });
    },
    setState(partial) {
      const checked = checkedPartial(partial || {});
      for (const key of Object.keys(partial || {})) {
        for (const field of FIELDS_OF[key] || []) clearError(field);
      }
      const error = apply(checked, null);
      if (error !== null) throw error;
      updateView(true);
      return render();
    },
    redraw: render,
    readout,
  });

  // the parent's {type: "normviz:setState", state}: applied like setState but not posted
  // back (an echo would undo the parent's next change); a bad one is refused and the last
  // good state stays (the widget checks and reports it in Python)
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!embedded || event.source !== window.parent) return;
    if (!data || data.type !== "normviz:setState") return;
    fromParent = true;
    try {
      window.normviz.setState(data.state);
    } catch {
      // refused: the state is unchanged
    } finally {
      fromParent = false;
    }
  });

  // ------------------------------------------------------------------ start

  {
    const error = apply({}, null);
    if (error !== null) showError("matrix", error.message);
    updateView(true);
    render();
  }
})();
