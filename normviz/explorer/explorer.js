/*
 * normviz explore: the page's interface.
 *
 * Reads the configuration (#normviz-config: strings, colours, the first state), draws each
 * panel on a <canvas> and wires the controls.  Every number comes from NormvizMath
 * (solver.js): the optimum (and its segment when it is not unique), the loss's contours,
 * the ball's outline, the corners' catchment cones, a smooth ball's zero rays.  Colours and
 * sentences come from the configuration only.  Sliders apply while moved; a number box
 * applies its value when done (Enter, or leaving it).  One short summary of each change
 * goes to the live region (#announce), once the changes pause.
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
  const SAY_DELAY = 400;            // ms of quiet before the live region speaks a change
  const SNAP = 1e-12;               // a segment end this near an axis (relative) is on it

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
    return { message, problem: parsed.problem };
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
      norm: st.norm,
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

  const panelNorms = (st) => (st.layout === "both" ? ["l1", "l2"] : [st.norm]);
  const hasPenalisedForm = (st) => !panelNorms(st).includes("lp");

  /** The ridge part of the penalty lam P(b): lam (1 - rho), rho = 1 for L1, 0 for L2. */
  function ridgePart(norm, st) {
    if (norm === "l2") return st.lam;
    if (norm === "enet") return st.lam * (1 - st.l1_ratio);
    return 0;
  }

  /** Whether A is singular as the solver sees it (no eigenvalue above rounding). */
  function isSingular(matrix) {
    const { values } = M.eigen(matrix);
    return !(values[0] > 1e-12 * values[1]);
  }

  /** Whether the state's penalised form needs A positive definite (a panel with no ridge). */
  const needsDefinite = (st) => st.form === "penalised"
    && panelNorms(st).some((norm) => !(ridgePart(norm, st) > 0));

  /** The state with `partial` merged in (the Lp ball alone has no penalised form). */
  function candidateOf(partial) {
    const candidate = Object.assign(copyState(state), partial);
    if (candidate.form === "penalised" && !hasPenalisedForm(candidate)) {
      candidate.form = "constrained";
    }
    return candidate;
  }

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
          segment: null,
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
        segment: result.optimal_segment ? snapSegment(result.optimal_segment) : null,
        radius,
        reach: st.radius,
      };
    });
  }

  /** The optimal segment's ends with coordinates at rounding level (SNAP of the segment's
   * size, from the solver's bisection) set to 0: the ends of an L1 edge are its corners. */
  function snapSegment(segment) {
    const size = Math.max(...segment.flat().map(Math.abs));
    return segment.map((point) => point.map((x) => (Math.abs(x) <= SNAP * size ? 0 : x)));
  }

  let results = [];
  let view = SMALLEST_VIEW;         // the half-width of every panel's view
  let drag = null;
  let holdView = false;             // true while a drag's end is applied
  const invalid = new Set();        // fields whose text is not a good value
  const dirty = new Set();          // fields typed in since their value was last applied

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
      rays: figure.querySelector(".rays-legend"),
      raysText: figure.querySelector(".rays-text"),
      singular: figure.querySelector(".singular-legend"),
      readout: figure.querySelector(".readout"),
      rows: [],
      width: 0,
      height: 0,
      ratio: 1,
      scale: 1,
      box: [-1, 1, -1, 1],
      outline: { key: "", points: null },
      catchment: { key: "", regions: [] },
      zeroRays: { key: "", rays: [] },
      home: -1,
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

  /** What a slider says to a screen reader: its field's real value, with the digits its
   * number box shows (lambda's slider is log10, and a value past the slider's ends is the
   * value, not the end). */
  function valueText(field, st) {
    const value = short(fieldValue(field, st));
    return format(S.valuetext, {
      name: S[`field_${field}`],
      value: field === "angle" ? format(S.degrees, { value }) : value,
    });
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

  /** The field's group: "matrix" for a, b, d (checked and applied together). */
  const groupOf = (field) => (MATRIX_ENTRIES.includes(field) ? "matrix" : field);

  function errorBox(field) {
    return $(`${groupOf(field)}-error`);
  }

  function inputsOf(field) {
    return field === "matrix" ? MATRIX_ENTRIES.map((entry) => numbers[entry]) : [numbers[field]];
  }

  const refused = new Map();         // field -> the problem of its refused text

  function showError(field, message, problem) {
    invalid.add(field);
    refused.set(field, problem);
    errorBox(field).textContent = message;
    for (const input of inputsOf(field)) input.setAttribute("aria-invalid", "true");
  }

  function clearError(field) {
    invalid.delete(field);
    refused.delete(field);
    errorBox(field).textContent = "";
    for (const input of inputsOf(field)) input.removeAttribute("aria-invalid");
  }

  /** The penalised radio is described by the note and the form's message while shown. */
  function describeForm() {
    const ids = [];
    if (!$("form-note").hidden) ids.push("form-note");
    if ($("form-error").textContent !== "") ids.push("form-error");
    const radio = $("form-penalised");
    if (ids.length > 0) radio.setAttribute("aria-describedby", ids.join(" "));
    else radio.removeAttribute("aria-describedby");
  }

  /** Every control shows the state, except `except` (the one being used, "radius:range"
   * or "radius:number") and fields holding bad typed text. */
  function syncControls(except) {
    const single = state.layout === "single";
    const choice = single ? state.norm : "both";
    for (const radio of document.querySelectorAll('input[name="view"]')) {
      radio.checked = radio.value === choice;
    }
    const penalisedAllowed = hasPenalisedForm(state);
    for (const radio of document.querySelectorAll('input[name="form"]')) {
      radio.checked = radio.value === state.form;
    }
    $("form-penalised").disabled = !penalisedAllowed;
    $("form-note").hidden = penalisedAllowed;
    describeForm();
    $("row-rho").hidden = !(single && state.norm === "enet");
    $("row-p").hidden = !(single && state.norm === "lp");
    $("row-radius").hidden = state.form !== "constrained";
    $("row-lam").hidden = state.form !== "penalised";
    $("problem").textContent =
      state.form === "penalised" ? S.problem_penalised : S.problem_constrained;
    panelsBox.dataset.layout = state.layout;
    panels[1].figure.hidden = single;
    for (const [field, slider] of Object.entries(sliders)) {
      slider.setAttribute("aria-valuetext", valueText(field, state));
      if (except === `${field}:range`) continue;
      const value = sliderValue(field, state);
      const low = Number(slider.min);
      const high = Number(slider.max);
      slider.value = String(clamp(Number.isFinite(value) ? value : high, low, high));
    }
    for (const field of [...Object.keys(FIELDS), ...MATRIX_ENTRIES]) {
      const group = groupOf(field);
      if (except === `${group}:number` || invalid.has(group) || dirty.has(group)) continue;
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

  /** The coordinates that are 0 all along the optimal segment (it lies on that axis). */
  function segmentZeros(result) {
    return result.zeros.filter((i) => result.segment.every((point) => point[i] === 0));
  }

  /** Where the optimal segment meets the axes (within its ends), in order along it: at
   * most two points, one when it crosses at the origin. */
  function segmentCrossings(segment) {
    const [start, end] = segment;
    const size = Math.max(...segment.flat().map(Math.abs));
    const found = [];
    for (const i of [0, 1]) {
      let s = -1;
      if (start[i] === 0) s = 0;
      else if (end[i] === 0) s = 1;
      else if ((start[i] < 0) !== (end[i] < 0)) s = start[i] / (start[i] - end[i]);
      if (s < 0) continue;
      const point = [0, 1].map((k) => (k === i ? 0 : start[k] + s * (end[k] - start[k])));
      const other = 1 - i;
      if (Math.abs(point[other]) <= SNAP * size) point[other] = 0;
      found.push({ s, point });
    }
    found.sort((first, second) => first.s - second.s);
    if (found.length === 2 && found[0].point.every((x) => x === 0)
      && found[1].point.every((x) => x === 0)) found.pop();
    return found.map((crossing) => crossing.point);
  }

  /** What the where-line says of the zeros: of the optimum, or (not unique) which of the
   * optimal points have an exact 0, and whether the dot is one of them. */
  function zerosLine(result) {
    if (result.segment === null) return zerosText(result.zeros);
    const common = segmentZeros(result);
    if (common.length > 0) return format(S.zeros_segment, { zeros: zerosText(common) });
    const crossings = segmentCrossings(result.segment);
    if (crossings.length === 0) return S.seg_zeros_none;
    const points = crossings.map((point) => format(S.seg_point,
      { x: fmt(point[0]), y: fmt(point[1]) })).join(S.seg_and);
    const dot = result.zeros.length > 0 ? S.seg_dot_zero : S.seg_dot_none;
    return format(S.seg_zeros_some, { points, dot });
  }

  /** The where-line's place: a segment of optima is a chord of the ball when the
   * constraint does not bind, else (L1) a whole edge; never "a corner". */
  function faceText(result) {
    if (result.form === "penalised") return S[`face_${penalisedFace(result)}`];
    if (result.segment !== null) {
      if (result.face === "interior") return S.face_chord;
      if (result.norm === "l1") return S.face_segment_edge;
      return S.face_boundary;
    }
    return S[`face_${result.face}`] || result.face;
  }

  function readoutRows(result) {
    const beta = result.beta;
    const rows = [];
    if (result.segment !== null) {
      const [[x1, y1], [x2, y2]] = result.segment;
      rows.push([S.out_segment, { x1: fmt(x1), y1: fmt(y1), x2: fmt(x2), y2: fmt(y2) }]);
    }
    rows.push([S.out_optimum, { b1: fmt(beta[0]), b2: fmt(beta[1]) }]);
    rows.push([S.out_where, { face: faceText(result), zeros: zerosLine(result) }]);
    if (result.form === "penalised") {
      rows.push([S.out_lam, { lam: fmt(state.lam) }]);
      rows.push([S.out_loss, { loss: fmt(result.loss) }]);
      rows.push([S.out_objective, { objective: fmt(result.objective) }]);
      rows.push(result.size > 0 ? [S.pen_ball, { t: fmt(result.reach) }] : [S.pen_zero, {}]);
      return rows;
    }
    rows.push([S.out_loss, { loss: fmt(result.loss) }]);
    const mu = result.multiplier;
    if (Number.isFinite(mu)) {
      rows.push([S.out_multiplier, { mu: fmt(mu) }]);
    } else if (result.norm === "lp") {
      rows.push([S.lp_no_mu, {}]);
    }
    if (result.face === "interior") {
      const atCenter = beta[0] === state.center[0] && beta[1] === state.center[1];
      if (result.segment !== null) rows.push([S.seg_flat_note, {}]);
      else rows.push([atCenter ? S.free_note : S.flat_note, {}]);
    }
    // the penalised form with the same optimum: lam = mu for L1 and for the elastic net's
    // lam (rho ||b||_1 + (1 - rho) ||b||_2^2), whose constraint g(b) <= budget has the
    // multiplier mu on g itself (A definite, else the optimum need not be unique);
    // lam = mu / (2t) for ridge's lam ||b||_2^2
    if (mu > 0 && result.segment === null) {
      const definite = !isSingular(state.matrix);
      if (result.norm === "l1" && definite) rows.push([S.link_l1, {}]);
      if (result.norm === "enet" && definite) rows.push([S.link_enet, {}]);
      if (result.norm === "l2") {
        rows.push([S.link_l2, { link_lam: fmt(mu / (2 * result.reach)) }]);
      }
    }
    if (result.norm === "lp" && state.p < 1) rows.push([S.lp_not_convex, {}]);
    return rows;
  }

  /** The lines under a panel, set with its read-out (the picture follows a frame later):
   * the corners' cones (and whether c is in one, whose index the picture outlines), or a
   * smooth ball's zero rays; both come from NormvizMath, in a box holding c and the ball. */
  function updateLegends(panel, result) {
    let regions = [];
    let rays = [];
    if (result.form === "constrained") {
      const ball = {
        norm: result.norm, radius: result.radius, l1_ratio: state.l1_ratio, p: state.p,
      };
      const far = 2 * Math.max(Math.abs(state.center[0]), Math.abs(state.center[1]),
        result.reach, 1);
      const box = [-far, far, -far, far];
      regions = M.catchment(state.matrix, ball, box);
      rays = M.zeroRays(state.matrix, ball, box);
    }
    const home = regions.find((region) => region.polygon.length >= 3
      && contains(region.polygon, state.center));
    panel.home = home ? home.index : -1;
    panel.shade.hidden = regions.length === 0;
    if (regions.length > 0) {
      const ball = result.norm === "enet" ? S.shade_enet : S.shade_l1;
      panel.shadeText.textContent = format(home ? S.shade_in : S.shade, { ball });
    }
    panel.rays.hidden = rays.length === 0;
    if (rays.length > 0) {
      panel.raysText.textContent = format(S.rays, { ball: S[`rays_${result.norm}`] });
    }
    panel.singular.hidden = !(result.form === "constrained" && isSingular(state.matrix));
  }

  /** The colour key and the "why" line say only what is drawn: "shaded" only while an L1
   * panel shades its cones; a segment of optima in the optimum's colour named with it;
   * the why-line for the form shown, and none when A is singular (then a region of c may
   * give a 0 on any ball) or the penalty has no weight. */
  function updateKeyAndWhy() {
    const l1Shaded = panels.some((panel, index) => results[index]
      && results[index].norm === "l1" && !panel.shade.hidden);
    $("key-zero").querySelector(".key-text").textContent = l1Shaded ? S.key_zero
      : S.swatch_zero;
    const plainSegment = results.some((result) => result.segment !== null
      && segmentZeros(result).length === 0);
    $("key-optimum").querySelector(".key-text").textContent = plainSegment
      ? S.swatch_optimum_segment : S.key_optimum;
    const why = $("why");
    const penalised = state.form === "penalised";
    why.hidden = isSingular(state.matrix) || (penalised && !(state.lam > 0));
    why.textContent = penalised ? S.why_penalised : S.why;
  }

  function updateReadout() {
    $("key-segment").hidden = !results.some((result) => result.segment !== null);
    panels.forEach((panel, index) => {
      const result = results[index];
      if (!result) return;
      const title = panelTitle(result);
      panel.name.textContent = title;
      const color = ballColor(result.norm);
      panel.swatch.style.setProperty("--panel-color", color);
      panel.canvas.setAttribute("aria-label",
        format(S.canvas_name, { title, help: S.canvas_label }));
      updateLegends(panel, result);
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
    updateKeyAndWhy();
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

  /** After a drag the view stays as it was, unless c has left it. */
  function keepViewAfterDrag() {
    const far = Math.max(Math.abs(state.center[0]), Math.abs(state.center[1]));
    if (far > view) updateView(false);
  }

  // ------------------------------------------------------------------ the live summary

  /** One short summary for screen readers, spoken SAY_DELAY ms after the last change (so
   * a held arrow key or a drag says it once): where c is, and each panel's optimum and
   * whether it has an exact 0.  The read-outs themselves are not live. */
  const liveRegion = $("announce");
  let sayTimer = 0;
  let started = false;              // nothing is said for the first state

  const spoken = (x) => (x === 0 ? "0" : minus(String(Number(x.toPrecision(3)))));

  function summary() {
    const parts = [format(S.say_center, { c1: spoken(state.center[0]),
      c2: spoken(state.center[1]) })];
    for (const result of results) {
      const ball = S[`short_${result.norm}`];
      if (result.segment !== null) {
        parts.push(format(S.say_segment, { ball }));
        continue;
      }
      let zeros = S.say_zero_none;
      if (result.zeros.length === 2) zeros = S.say_zero_both;
      else if (result.zeros.length === 1) {
        zeros = format(S.say_zero_one, { name: result.zeros[0] === 0 ? S.name_1 : S.name_2 });
      }
      parts.push(format(S.say_panel, {
        ball, b1: spoken(result.beta[0]), b2: spoken(result.beta[1]), zeros,
      }));
    }
    return parts.join(S.say_gap);
  }

  function saySoon() {
    if (!started) return;
    clearTimeout(sayTimer);
    sayTimer = setTimeout(() => {
      sayTimer = 0;
      liveRegion.textContent = summary();
    }, SAY_DELAY);
  }

  // ------------------------------------------------------------------ applying a change

  const SWITCH_KEYS = ["matrix", "form", "layout", "norm", "l1_ratio", "lam"];

  /**
   * Try the state with `partial` merged in; on success it becomes the page's state and
   * is shown (controls, read-out, picture).  Returns null, or the Error that kept it out.
   */
  function apply(partial, source, denseCheck) {
    const candidate = candidateOf(partial);
    let solved;
    try {
      solved = solvePanels(candidate, denseCheck);
    } catch (error) {
      return error;
    }
    state = candidate;
    results = solved;
    if (holdView) keepViewAfterDrag();
    else if (!drag) updateView(false);
    // a refused switch's message goes once the problem that refused it has changed
    if (SWITCH_KEYS.some((key) => key in partial)) clearSwitchErrors();
    syncControls(source);
    updateReadout();
    schedule();
    saySoon();
    if (!drag) announce();
    return null;
  }

  // ------------------------------------------------------------------ inside normviz.widget

  /** In an iframe (normviz.widget's widget.js), the state goes to the parent after each
   * change made in the page (a drag: when it ends) as {type: "normviz:state", state}; a
   * state the parent set is not sent back to it. */
  const STATE_KEYS = [
    "center", "matrix", "radius", "norm", "l1_ratio", "p", "layout", "form", "lam",
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

  /** Why the candidate state was refused, in words, and what the field accepts then; the
   * penalised form with no ridge part needs A positive definite (solver.js). */
  function refusal(field, candidate) {
    const spec = field === "matrix" ? null : FIELDS[field];
    let allowed = spec ? allowedOf(spec) : S.allowed_matrix;
    if (candidate.form === "penalised" && isSingular(candidate.matrix)) {
      if (candidate.lam === 0) {
        return { problem: S.problem_flat, allowed: field === "lam"
          ? allowedOf({ positive: true, high: FIELDS.lam.high }) : allowed };
      }
      if (field === "matrix") allowed = S.allowed_definite;
      if (field === "rho") allowed = format(S.allowed_below, { low: "0", high: "1" });
      return { problem: S.problem_ridge, allowed };
    }
    return { problem: S.problem_solver, allowed };
  }

  /** Show a message under the field without marking its text bad (a slider's value). */
  function showNote(field, message) {
    errorBox(field).textContent = message;
  }

  /** A change from a typed field or a slider: applied, or its message shown. */
  function applyField(field, partial, source) {
    const error = apply(partial, source);
    if (error === null) {
      clearError(field);
      return true;
    }
    const { problem, allowed } = refusal(field, candidateOf(partial));
    const message = format(S.error, {
      field: field === "matrix" ? S.field_matrix : FIELDS[field].name, problem, allowed,
    });
    if (source.endsWith(":range")) {
      showNote(field, message);
      syncControls(null);  // the slider goes back to the state's value
    } else {
      showError(field, message, problem);
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

  /** A typed field, once its text is done (Enter or leaving the box): applied when good,
   * else its message shown; text typed but not yet done is never applied (so "1e3" is
   * not first applied as 1). */
  function typed(field) {
    if (!dirty.has(field)) return;
    dirty.delete(field);
    const parsed = parseField(field, numbers[field].value);
    if (parsed.message !== undefined) {
      showError(field, parsed.message, parsed.problem);
      return;
    }
    applyField(field, partialFor(field, parsed.value), `${field}:number`);
  }

  function typedMatrix() {
    if (!dirty.has("matrix")) return;
    dirty.delete("matrix");
    const values = {};
    for (const entry of MATRIX_ENTRIES) {
      const parsed = parseText(numbers[entry].value);
      if (parsed.problem !== undefined) {
        showError("matrix", format(S.error, {
          field: format(S.field_entry, { name: S[`field_${entry}`] }),
          problem: parsed.problem,
          allowed: needsDefinite(state) ? S.allowed_definite : S.allowed_matrix,
        }), parsed.problem);
        return;
      }
      values[entry] = parsed.value;
    }
    const matrix = [[values.a, values.b], [values.b, values.d]];
    try {
      M.checkMatrix(matrix);
    } catch {
      const zero = values.a === 0 && values.b === 0 && values.d === 0;
      const shown = { a: short(values.a), b: short(values.b), d: short(values.d) };
      const problem = zero ? S.problem_zero : format(S.problem_matrix, shown);
      showError("matrix", format(S.error, {
        field: S.field_matrix,
        problem,
        allowed: needsDefinite(state) ? S.allowed_definite : S.allowed_matrix,
      }), problem);
      return;
    }
    const shape = shapeOf(matrix, state.shape.angle);
    applyField("matrix", { matrix, shape }, "matrix:number");
  }

  /** The value a field's boxes show again after a revert, as the message names it. */
  function keptText(group) {
    if (group !== "matrix") return minus(short(fieldValue(group, state)));
    const [[a, b], [, d]] = state.matrix;
    return minus(format(S.kept_matrix, { a: short(a), b: short(b), d: short(d) }));
  }

  /** When the focus leaves a field (the matrix: its three boxes) whose text was refused,
   * its boxes go back to the last good value, and the message says so: what was wrong,
   * and the value kept. */
  function leftField(group) {
    dirty.delete(group);
    if (!invalid.has(group)) return;
    invalid.delete(group);
    for (const input of inputsOf(group)) input.removeAttribute("aria-invalid");
    syncControls(null);
    const problem = refused.get(group);
    refused.delete(group);
    errorBox(group).textContent = problem === undefined ? "" : format(S.reverted, {
      field: group === "matrix" ? S.field_matrix : FIELDS[group].name,
      problem,
      kept: keptText(group),
    });
  }

  function slid(field) {
    const raw = Number(sliders[field].value);
    const value = field === "lam" ? Number((10 ** raw).toPrecision(3)) : raw;
    invalid.delete(field);
    dirty.delete(field);
    applyField(field, partialFor(field, value), `${field}:range`);
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

  /** Whether the rectangles [left, top, right, bottom] overlap. */
  const overlaps = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

  /** The axes and their ticks; a tick label that would lie under a mark (`avoid`: c, the
   * optimum's dot and their labels, as rectangles in CSS px) is left out. */
  function drawAxes(context, panel, avoid) {
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
    const free = (box) => !avoid.some((other) => overlaps(box, other));
    context.textBaseline = "top";
    for (let k = Math.ceil(xmin / step); k * step <= xmax; k += 1) {
      const x = toX(panel, k * step);
      const text = minus(short(k * step));
      const half = context.measureText(text).width / 2 + 2;
      const inside = x > 12 && x < panel.width - 28;
      if (k !== 0 && inside && free([x - half, oy + 4, x + half, oy + 20])) {
        label(context, text, x, oy + 6, COLORS.muted, "center");
      }
    }
    context.textBaseline = "middle";
    for (let k = Math.ceil(ymin / step); k * step <= ymax; k += 1) {
      const y = toY(panel, k * step);
      const text = minus(short(k * step));
      const width = context.measureText(text).width + 2;
      const inside = y > 24 && y < panel.height - 10;
      if (k !== 0 && inside && free([ox - 7 - width, y - 8, ox - 5, y + 8])) {
        label(context, text, ox - 7, y, COLORS.muted, "right");
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

  /** Whether the point lies in the polygon (even-odd rule). */
  function contains(polygon, point) {
    let inside = false;
    for (let k = 0, j = polygon.length - 1; k < polygon.length; j = k, k += 1) {
      const [xk, yk] = polygon[k];
      const [xj, yj] = polygon[j];
      if ((yk > point[1]) !== (yj > point[1])
        && point[0] < ((xj - xk) * (point[1] - yk)) / (yj - yk) + xk) {
        inside = !inside;
      }
    }
    return inside;
  }

  /** The colour of the optimum's dot: the zero colour when the optimum has an exact 0; when
   * it is not unique only if every optimum (the whole segment) has it. */
  function optimumColor(result) {
    if (result.segment !== null) {
      return segmentZeros(result).length > 0 ? COLORS.zero : COLORS.optimum;
    }
    return result.zeros.length > 0 ? COLORS.zero : COLORS.optimum;
  }

  /** Where c, the optimum's dot and their labels go (CSS px), and the rectangles they
   * cover, which the axes' tick labels keep clear of. */
  function marksOf(context, panel, result) {
    const cx = toX(panel, state.center[0]);
    const cy = toY(panel, state.center[1]);
    const bx = toX(panel, result.beta[0]);
    const by = toY(panel, result.beta[1]);
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
    let align = "center";
    if (dx < -0.3) align = "right";
    else if (dx > 0.3) align = "left";
    const lx = bx + dx * 20;
    const ly = by + dy * 20;
    context.font = `bold 15px ${font}`;
    const optimumWidth = context.measureText(S.label_optimum).width;
    const centerWidth = context.measureText(S.label_c).width;
    let left = lx - optimumWidth / 2;
    if (align === "right") left = lx - optimumWidth;
    else if (align === "left") left = lx;
    const avoid = [
      [bx - 9, by - 9, bx + 9, by + 9],
      [left - 3, ly - 10, left + optimumWidth + 3, ly + 10],
      [cx - 9, cy - 9, cx + 9, cy + 9],
      [cx + 6, cy - 24, cx + 10 + centerWidth, cy - 4],
    ];
    return { cx, cy, bx, by, lx, ly, align, avoid };
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
    const ballSpec = {
      norm: result.norm, radius: result.radius, l1_ratio: state.l1_ratio, p: state.p,
    };
    const ballKey = `${result.norm}|${result.radius}|${state.l1_ratio}|${state.p}`
      + `|${state.matrix}|${boxKey}`;

    // the corners' catchment cones: c there gives an exact 0; c's own cone stronger
    let regions = [];
    if (constrained) {
      if (panel.catchment.key !== ballKey) {
        panel.catchment.key = ballKey;
        panel.catchment.regions = M.catchment(state.matrix, ballSpec, panel.box);
      }
      regions = panel.catchment.regions;
    }
    const shown = regions.filter((region) => region.polygon.length >= 3);
    const home = shown.find((region) => region.index === panel.home);
    context.fillStyle = COLORS.zero;
    context.globalAlpha = 0.17;
    for (const region of shown) {
      tracePath(context, panel, region.polygon, true);
      context.fill();
    }
    if (home) {
      context.globalAlpha = 0.2;
      tracePath(context, panel, home.polygon, true);
      context.fill();
      context.globalAlpha = 0.9;
      context.strokeStyle = COLORS.zero;
      context.lineWidth = 1.5;
      context.stroke();
    }
    context.globalAlpha = 1;

    const marks = marksOf(context, panel, result);
    drawAxes(context, panel, marks.avoid);

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

    // a smooth ball's zero rays: the only centres outside it whose optimum has an exact 0
    let rays = [];
    if (constrained) {
      if (panel.zeroRays.key !== ballKey) {
        panel.zeroRays.key = ballKey;
        panel.zeroRays.rays = M.zeroRays(state.matrix, ballSpec, panel.box);
      }
      rays = panel.zeroRays.rays.filter((ray) => ray.end[0] !== ray.start[0]
        || ray.end[1] !== ray.start[1]);
    }
    context.strokeStyle = COLORS.zero;
    context.lineWidth = 1.5;
    for (const ray of rays) {
      tracePath(context, panel, [ray.start, ray.end], false);
      context.stroke();
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

    // a whole segment of optima (A singular): thick, in the optimum's colour
    const dotColor = optimumColor(result);
    if (result.segment !== null) {
      context.strokeStyle = dotColor;
      context.lineWidth = 6;
      tracePath(context, panel, result.segment, false);
      context.stroke();
    }

    // c and the optimum
    const { cx, cy, bx, by } = marks;
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

    context.beginPath();
    context.arc(bx, by, 6.5, 0, 2 * Math.PI);
    context.fillStyle = dotColor;
    context.fill();
    context.lineWidth = 2;
    context.strokeStyle = COLORS.background;
    context.stroke();
    context.textBaseline = "middle";
    label(context, S.label_optimum, marks.lx, marks.ly, dotColor, marks.align);
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
    holdView = true;
    try {
      moveCenter(state.center);
    } finally {
      holdView = false;
    }
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

  const SWITCH_ERRORS = ["view-error", "form-error"];

  function clearSwitchErrors() {
    for (const id of SWITCH_ERRORS) $(id).textContent = "";
    describeForm();
  }

  /** Why a penalised candidate was refused: no single optimum at lam = 0 with A singular,
   * else the lasso's form needing A definite, else the solver's failure. */
  function switchProblem(candidate) {
    if (candidate.form !== "penalised" || !isSingular(candidate.matrix)) {
      return S.problem_solver;
    }
    return candidate.lam === 0 ? S.problem_flat : S.problem_ridge;
  }

  /** A ball or form radio: the switch applied, or refused with its reason shown in the
   * group's message and every radio set back from the state. */
  function switchTo(radio, partial, errorId) {
    const candidate = candidateOf(partial);
    const error = apply(partial, null);
    if (error === null) {
      updateView(true);
      schedule();
      return;
    }
    syncControls(null);
    $(errorId).textContent = format(S.refused_switch, {
      choice: radio.parentElement.querySelector("span").textContent,
      problem: switchProblem(candidate),
    });
    describeForm();
  }

  for (const radio of document.querySelectorAll('input[name="view"]')) {
    radio.addEventListener("change", () => {
      if (!radio.checked) return;
      const partial = radio.value === "both" ? { layout: "both" }
        : { layout: "single", norm: radio.value };
      switchTo(radio, partial, "view-error");
    });
  }
  for (const radio of document.querySelectorAll('input[name="form"]')) {
    radio.addEventListener("change", () => {
      if (radio.checked) switchTo(radio, { form: radio.value }, "form-error");
    });
  }
  for (const field of Object.keys(sliders)) {
    sliders[field].addEventListener("input", () => slid(field));
  }
  // a number box applies its value when done (Enter, or leaving the box), never while typed
  for (const field of Object.keys(FIELDS)) {
    const input = numbers[field];
    input.addEventListener("input", () => dirty.add(field));
    input.addEventListener("change", () => typed(field));
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") typed(field);
    });
    input.addEventListener("blur", () => leftField(field));
  }
  for (const entry of MATRIX_ENTRIES) {
    const input = numbers[entry];
    input.addEventListener("input", () => dirty.add("matrix"));
    input.addEventListener("change", () => typedMatrix());
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") typedMatrix();
    });
  }
  const matrixBox = document.querySelector(".matrix");
  matrixBox.addEventListener("focusout", (event) => {
    if (!matrixBox.contains(event.relatedTarget)) leftField("matrix");
  });

  // ------------------------------------------------------------------ for tests and benchmarks

  const CHOICES = {
    norm: ["l1", "l2", "enet", "lp"],
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
        case "norm":
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
          rays: !panel.rays.hidden,
          segment: result.segment,
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
    let error = apply({}, null);
    if (error !== null && state.form === "penalised") {
      // a first state the penalised form refuses (a singular A): shown constrained
      const problem = switchProblem(state);
      error = apply({ form: "constrained" }, null);
      $("form-error").textContent = format(S.refused_switch, {
        choice: $("form-penalised").parentElement.querySelector("span").textContent,
        problem,
      });
      describeForm();
    }
    if (error !== null) showError("matrix", error.message);
    updateView(true);
    render();
    started = true;
  }
})();
