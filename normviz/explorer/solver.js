/*
 * normviz solver.js: mathcore's exact 2-D solvers, ported to the page.
 *
 * Problem: minimise f(b) = (b - c)^T A (b - c) subject to N(b) <= t, A symmetric positive
 * semi-definite, b in R^2.  The balls N(b) <= t:
 *   l1    |b1| + |b2|                        exact: corners and edges in closed form
 *                                            (mathcore/l1_planar.py)
 *   l2    sqrt(b1^2 + b2^2)                  exact: the secular equation's root by Brent's
 *                                            method (mathcore/l2_solver.py)
 *   enet  rho ||b||_1 + (1 - rho) ||b||_2^2  exact: a tip where -grad f lies in its normal
 *                                            cone, else a quadrant's disc
 *                                            (mathcore/enet_planar.py)
 *   lp    (|b1|^p + |b2|^p)^(1/p)            searched, not exact, as in mathcore: a grid of
 *                                            the sphere refined by Brent's bounded search,
 *                                            certified by a dense check
 *                                            (mathcore/norms.py, Norm.optimum)
 * Every exact answer is certified by the KKT conditions (mathcore/certificate.py) and
 * solved in units where max |A_ij| and max |c_i| are about 1 (mathcore/solve.py), so that
 * the page returns the numbers `normviz solve` prints.  Penalised forms
 * f(b) + lam P(b), the balls' outlines, the loss's contours and the corners' catchment
 * cones (mathcore/catchment.py) are here too: everything the page draws is computed here.
 */
"use strict";

const NormvizMath = (() => {
  const EPS = 2.220446049250313e-16;
  const TINY = 2.2250738585072014e-308;
  const SMALLEST_SUBNORMAL = 5e-324;
  const KKT_TOLERANCE = 1e-8;
  const LENGTH_SPAN = 1000;
  const BOUNDARY_RTOL = 1e-9;
  const STATIONARY_RTOL = 1e-10;
  const MATRIX_RTOL = 1e-10;
  const NULL_RTOL = 1000 * EPS;
  const SEGMENT_RTOL = 1e-7;
  const SEARCH_GRID = 4096;
  const DENSE_CHECK = 200000;
  const REFINE_STEPS = [1, 4, 16, 64];
  const DIAMOND = [[1, 0], [0, 1], [-1, 0], [0, -1]];
  const NORMS = ["l1", "l2", "enet", "lp"];

  // ---------------------------------------------------------------- small linear algebra

  const dot = (u, v) => u[0] * v[0] + u[1] * v[1];
  const apply = (A, v) => [A[0][0] * v[0] + A[0][1] * v[1], A[1][0] * v[0] + A[1][1] * v[1]];
  const sub = (u, v) => [u[0] - v[0], u[1] - v[1]];
  const add = (u, v) => [u[0] + v[0], u[1] + v[1]];
  const scale = (s, v) => [s * v[0], s * v[1]];
  const sign = (x) => (x > 0 ? 1 : x < 0 ? -1 : 0);
  const hypot = (x, y) => Math.hypot(x, y);

  /** f(b) = (b - c)^T A (b - c). */
  function lossValue(center, matrix, beta) {
    const d = sub(beta, center);
    return d[0] * (matrix[0][0] * d[0] + matrix[0][1] * d[1])
      + d[1] * (matrix[1][0] * d[0] + matrix[1][1] * d[1]);
  }

  /** grad f = 2 A (b - c). */
  function gradient(center, matrix, beta) {
    return scale(2, apply(matrix, sub(beta, center)));
  }

  /**
   * Eigenvalues (ascending, negatives from rounding set to 0) and unit eigenvectors
   * (columns of Q, A = Q diag(d) Q^T) of a symmetric 2x2 matrix, by one Jacobi rotation.
   */
  function eigen(matrix) {
    const a = matrix[0][0];
    const b = matrix[0][1];
    const d = matrix[1][1];
    let values;
    let vectors;
    if (b === 0) {
      values = [a, d];
      vectors = [[1, 0], [0, 1]];
    } else {
      const t = jacobiTangent(a, b, d);
      const cs = 1 / Math.sqrt(1 + t * t);
      const sn = t * cs;
      values = [a - t * b, d + t * b];
      vectors = [[cs, -sn], [sn, cs]];
    }
    if (values[1] < values[0]) {
      values = [values[1], values[0]];
      vectors = [vectors[1], vectors[0]];
    }
    return { values: values.map((v) => Math.max(v, 0)), vectors };
  }

  /** The tangent t of the Jacobi rotation that diagonalises [[a, b], [b, d]] (b != 0):
   * the smaller root of t^2 + 2 tau t - 1 = 0, tau = (d - a) / (2b); the eigenvalues are
   * a - t b and d + t b. */
  function jacobiTangent(a, b, d) {
    const tau = (d - a) / (2 * b);
    return Math.abs(tau) > 1e150 ? 1 / (2 * tau)
      : (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
  }

  /** Whether A is positive definite: no eigenvalue at rounding level (NULL_RTOL). */
  function isDefinite(matrix) {
    const { values } = eigen(matrix);
    return !(values[0] <= NULL_RTOL * values[1] * 2);
  }

  // ---------------------------------------------------------------- powers of two

  const view = new DataView(new ArrayBuffer(8));

  /** The e with 2^e <= |x| < 2^(e+1) (frexp's exponent less one); 0 for 0. */
  function exponentOf(x) {
    if (x === 0) return 0;
    view.setFloat64(0, Math.abs(x));
    const biased = (view.getUint32(0) >>> 20) & 0x7ff;
    if (biased !== 0) return biased - 1023;
    return exponentOf(Math.abs(x) * 2 ** 64) - 64;
  }

  /** x 2^k, exact (in steps, so that 2^k itself never overflows or underflows). */
  function ldexp(x, k) {
    let value = x;
    let left = k;
    while (left > 1000) { value *= 2 ** 1000; left -= 1000; }
    while (left < -1000) { value *= 2 ** -1000; left += 1000; }
    return value * 2 ** left;
  }

  // ---------------------------------------------------------------- scipy's root finders

  /** scipy.optimize.brentq (Brent 1973, scipy's C code): a root of f in [xa, xb]. */
  function brentq(f, xa, xb, xtol, rtol, maxiter) {
    let xpre = xa;
    let xcur = xb;
    let xblk = 0;
    let fblk = 0;
    let spre = 0;
    let scur = 0;
    let fpre = f(xpre);
    let fcur = f(xcur);
    if (fpre === 0) return xpre;
    if (fcur === 0) return xcur;
    for (let i = 0; i < maxiter; i += 1) {
      if (fpre !== 0 && fcur !== 0 && (Math.sign(fpre) !== Math.sign(fcur))) {
        xblk = xpre;
        fblk = fpre;
        spre = xcur - xpre;
        scur = spre;
      }
      if (Math.abs(fblk) < Math.abs(fcur)) {
        xpre = xcur; xcur = xblk; xblk = xpre;
        fpre = fcur; fcur = fblk; fblk = fpre;
      }
      const delta = (xtol + rtol * Math.abs(xcur)) / 2;
      const sbis = (xblk - xcur) / 2;
      if (fcur === 0 || Math.abs(sbis) < delta) return xcur;
      if (Math.abs(spre) > delta && Math.abs(fcur) < Math.abs(fpre)) {
        let stry;
        if (xpre === xblk) {
          stry = -fcur * (xcur - xpre) / (fcur - fpre);
        } else {
          const dpre = (fpre - fcur) / (xpre - xcur);
          const dblk = (fblk - fcur) / (xblk - xcur);
          stry = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre));
        }
        if (2 * Math.abs(stry) < Math.min(Math.abs(spre), 3 * Math.abs(sbis) - delta)) {
          spre = scur;
          scur = stry;
        } else {
          spre = sbis;
          scur = sbis;
        }
      } else {
        spre = sbis;
        scur = sbis;
      }
      xpre = xcur;
      fpre = fcur;
      xcur += Math.abs(scur) > delta ? scur : (sbis > 0 ? delta : -delta);
      fcur = f(xcur);
    }
    return xcur;
  }

  /** scipy.optimize.minimize_scalar(method="bounded") (fminbound): a minimiser of f. */
  function fminbound(f, x1, x2, xatol, maxfun = 500) {
    const sqrtEps = Math.sqrt(2.2e-16);
    const goldenMean = 0.5 * (3.0 - Math.sqrt(5.0));
    let a = x1;
    let b = x2;
    let fulc = a + goldenMean * (b - a);
    let nfc = fulc;
    let xf = fulc;
    let rat = 0;
    let e = 0;
    let x = xf;
    let fx = f(x);
    let num = 1;
    let ffulc = fx;
    let fnfc = fx;
    let xm = 0.5 * (a + b);
    let tol1 = sqrtEps * Math.abs(xf) + xatol / 3.0;
    let tol2 = 2.0 * tol1;
    while (Math.abs(xf - xm) > (tol2 - 0.5 * (b - a))) {
      let golden = true;
      if (Math.abs(e) > tol1) {
        golden = false;
        let r = (xf - nfc) * (fx - ffulc);
        let q = (xf - fulc) * (fx - fnfc);
        let p = (xf - fulc) * q - (xf - nfc) * r;
        q = 2.0 * (q - r);
        if (q > 0.0) p = -p;
        q = Math.abs(q);
        r = e;
        e = rat;
        if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - xf) && p < q * (b - xf)) {
          rat = (p + 0.0) / q;
          x = xf + rat;
          if ((x - a) < tol2 || (b - x) < tol2) {
            rat = tol1 * (sign(xm - xf) + (xm - xf === 0 ? 1 : 0));
          }
        } else {
          golden = true;
        }
      }
      if (golden) {
        e = xf >= xm ? a - xf : b - xf;
        rat = goldenMean * e;
      }
      const si = sign(rat) + (rat === 0 ? 1 : 0);
      x = xf + si * Math.max(Math.abs(rat), tol1);
      const fu = f(x);
      num += 1;
      if (fu <= fx) {
        if (x >= xf) a = xf; else b = xf;
        fulc = nfc; ffulc = fnfc;
        nfc = xf; fnfc = fx;
        xf = x; fx = fu;
      } else {
        if (x < xf) a = x; else b = x;
        if (fu <= fnfc || nfc === xf) {
          fulc = nfc; ffulc = fnfc;
          nfc = x; fnfc = fu;
        } else if (fu <= ffulc || fulc === xf || fulc === nfc) {
          fulc = x; ffulc = fu;
        }
      }
      xm = 0.5 * (a + b);
      tol1 = sqrtEps * Math.abs(xf) + xatol / 3.0;
      tol2 = 2.0 * tol1;
      if (num >= maxfun) break;
    }
    return xf;
  }

  // ---------------------------------------------------------------- the balls

  /** The ball's norm N(b) for a problem {norm, l1_ratio, p}. */
  function normValue(ball, beta) {
    const x = Math.abs(beta[0]);
    const y = Math.abs(beta[1]);
    switch (ball.norm) {
      case "l1":
        return x + y;
      case "l2": {
        const largest = Math.max(x, y);
        if (largest === 0) return 0;
        return largest * Math.sqrt((x / largest) ** 2 + (y / largest) ** 2);
      }
      case "enet":
        return ball.l1_ratio * (x + y) + (1 - ball.l1_ratio) * (x * x + y * y);
      default: {
        const largest = Math.max(x, y);
        const safe = largest > 0 ? largest : 1;
        return largest * ((x / safe) ** ball.p + (y / safe) ** ball.p) ** (1 / ball.p);
      }
    }
  }

  /** Distance from 0 to the sphere N(b) = t along a unit direction. */
  function reach(ball, radius, direction) {
    if (ball.norm === "l2") return radius;
    if (ball.norm === "enet") {
      const rho = ball.l1_ratio;
      const l1 = Math.abs(direction[0]) + Math.abs(direction[1]);
      return 2 * radius / (rho * l1 + Math.sqrt((rho * l1) ** 2 + 4 * (1 - rho) * radius));
    }
    return radius / normValue(ball, direction);
  }

  /** The sphere's point in the direction of angle (radians), axis points exact. */
  function boundaryPoint(ball, radius, angle) {
    const direction = [Math.cos(angle), Math.sin(angle)];
    if (Math.abs(direction[0]) < 1e-15) direction[0] = 0;
    if (Math.abs(direction[1]) < 1e-15) direction[1] = 0;
    return scale(reach(ball, radius, direction), direction);
  }

  /** The elastic net's radius t whose ball meets the axes at +-reach (mathcore's
   * ElasticNet.through_axes_radius): rho reach + (1 - rho) reach^2. */
  function enetRadius(l1Ratio, reachValue) {
    return l1Ratio * reachValue + (1 - l1Ratio) * reachValue * reachValue;
  }

  /** |b2| of the Lp sphere point with |b1| = first: t (1 - (|b1| / t)^p)^(1/p). */
  function lpOther(p, radius, first) {
    const x = Math.min(Math.abs(first), radius);
    return radius * Math.max(1 - (x / radius) ** p, 0) ** (1 / p);
  }

  /** Points round the sphere N(b) = t, counter-clockwise from (reach, 0). */
  function outline(spec, count) {
    const ball = checkBall(spec);
    const radius = checkRadius(spec.radius);
    if (ball.norm === "l1") {
      const points = DIAMOND.map((corner) => scale(radius, corner));
      points.push(points[0]);
      return points;
    }
    const n = count || 360;
    const points = [];
    for (let k = 0; k <= n; k += 1) {
      const angle = 2 * Math.PI * (k % n) / n;
      if (ball.norm === "lp") {
        const c = Math.abs(Math.cos(angle)) < 1e-15 ? 0 : Math.cos(angle);
        const s = Math.abs(Math.sin(angle)) < 1e-15 ? 0 : Math.sin(angle);
        points.push([radius * sign(c) * Math.abs(c) ** (2 / ball.p),
          radius * sign(s) * Math.abs(s) ** (2 / ball.p)]);
      } else {
        points.push(boundaryPoint(ball, radius, angle));
      }
    }
    return points;
  }

  // ---------------------------------------------------------------- input checks

  function fail(message) {
    throw new Error(String(message).slice(0, 300));
  }

  const isNumber = (x) => typeof x === "number" && Number.isFinite(x);

  /** The centre as two finite numbers. */
  function checkCenter(center) {
    if (!Array.isArray(center) || center.length !== 2 || !center.every(isNumber)) {
      fail(`center must be two finite numbers, got ${JSON.stringify(center)}`);
    }
    return [center[0], center[1]];
  }

  /** A as a symmetric positive semi-definite 2x2 matrix, not zero ([[a, b], [b, d]] or
   * [a, b, b, d]); the checks and tolerances of mathcore.validation.as_matrix. */
  function checkMatrix(matrix) {
    let rows = matrix;
    if (Array.isArray(matrix) && matrix.length === 4) {
      rows = [[matrix[0], matrix[1]], [matrix[2], matrix[3]]];
    }
    if (!Array.isArray(rows) || rows.length !== 2
      || !rows.every((row) => Array.isArray(row) && row.length === 2)) {
      fail(`matrix must be 2x2 (4 numbers, row-major), got ${JSON.stringify(matrix)}`);
    }
    const flat = [rows[0][0], rows[0][1], rows[1][0], rows[1][1]];
    if (!flat.every((x) => typeof x === "number")) {
      fail(`matrix must be a matrix of real numbers, got ${JSON.stringify(matrix)}`);
    }
    if (!flat.every(Number.isFinite)) {
      fail("matrix must contain only finite numbers (no NaN or inf)");
    }
    const size = Math.max(...flat.map(Math.abs));
    if (size === 0) fail("matrix must not be zero (a zero quadratic form is not a loss)");
    if (Math.abs(flat[1] - flat[2]) > MATRIX_RTOL * size) {
      fail("matrix must be symmetric (A == A^T)");
    }
    const off = flat[1] / 2 + flat[2] / 2;
    const symmetric = [[flat[0], off], [off, flat[3]]];
    const smallest = eigenvaluesOf(symmetric)[0];
    if (smallest < -MATRIX_RTOL * size * 2) {
      fail(`matrix must be positive semi-definite (smallest eigenvalue ${
        String(Number(smallest.toPrecision(3)))} < 0)`);
    }
    return symmetric;
  }

  /** The eigenvalues without clipping (for the semi-definiteness check). */
  function eigenvaluesOf(matrix) {
    const a = matrix[0][0];
    const b = matrix[0][1];
    const d = matrix[1][1];
    if (b === 0) return [Math.min(a, d), Math.max(a, d)];
    const t = jacobiTangent(a, b, d);
    const values = [a - t * b, d + t * b];
    return [Math.min(...values), Math.max(...values)];
  }

  function checkRadius(radius, name = "radius") {
    if (!isNumber(radius) || !(radius >= TINY)) {
      fail(`${name} must be a real number >= 2.225e-308, got ${JSON.stringify(radius)}`);
    }
    return radius;
  }

  /** The ball of a problem: {norm, l1_ratio, p} checked. */
  function checkBall(problem) {
    const norm = problem.norm === undefined ? "l1" : problem.norm;
    if (!NORMS.includes(norm)) {
      fail(`norm must be one of ${NORMS.join(", ")}, got ${JSON.stringify(norm)}`);
    }
    const ball = { norm };
    if (norm === "enet") {
      const rho = problem.l1_ratio;
      if (!isNumber(rho) || rho < 0 || rho > 1) {
        fail(`l1_ratio must be a real number in [0, 1], got ${JSON.stringify(rho)}`);
      }
      ball.l1_ratio = rho;
    }
    if (norm === "lp") {
      const p = problem.p;
      if (!isNumber(p) || !(p > 0)) {
        fail(`p must be a real number > 0, got ${JSON.stringify(p)}`);
      }
      ball.p = p;
    }
    return ball;
  }

  // ---------------------------------------------------------------- exact solvers

  /** mathcore/l1_planar.py: the best of the four corners and the edge minimisers inside
   * their edge, compared by f(b) - f(0) = b^T A b - 2 b^T A c (no cancellation). */
  function solveL1(center, matrix, radius) {
    if (Math.abs(center[0]) + Math.abs(center[1]) <= radius) return [center[0], center[1]];
    const corners = DIAMOND.map((direction) => scale(radius, direction));
    const pull = apply(matrix, center);
    const cornerValues = corners.map((v) => dot(v, apply(matrix, v)) - 2 * dot(v, pull));
    let best = null;
    let bestValue = Infinity;
    for (let k = 0; k < 4; k += 1) {  // edges first: an edge point wins a tie
      const a = corners[k];
      const edge = sub(corners[(k + 1) % 4], a);
      const edgeA = apply(matrix, edge);
      const curvature = dot(edgeA, edge);
      const slope = dot(edgeA, sub(a, center));
      const s = -slope / curvature;
      if (curvature > 0 && s > 0 && s < 1) {
        const value = s <= 0.5 ? cornerValues[k] - slope ** 2 / curvature
          : cornerValues[(k + 1) % 4] - (slope + curvature) ** 2 / curvature;
        if (value < bestValue) {
          bestValue = value;
          best = add(a, scale(s, edge));
        }
      }
    }
    for (let k = 0; k < 4; k += 1) {
      if (cornerValues[k] < bestValue) {
        bestValue = cornerValues[k];
        best = corners[k];
      }
    }
    return best;
  }

  /** mathcore/l2_solver.py: b(lam) = (A + lam I)^-1 A c with ||b(lam)|| = t, solved for
   * m = lam t by Brent's method on ||w / (d t + m)|| - 1 = 0, w = d Q^T c. */
  function solveL2(center, matrix, radius) {
    if (hypot(center[0], center[1]) <= radius) return [center[0], center[1]];
    const { values, vectors } = eigen(matrix);
    const coords = [dot(vectors[0], center), dot(vectors[1], center)];
    const kept = [0, 1].filter((i) => values[i] > 0);
    const back = (shares) => kept.reduce(
      (sum, i, k) => add(sum, scale(shares[k], vectors[i])), [0, 0]);
    const keptCoords = kept.map((i) => coords[i]);
    if (Math.sqrt(keptCoords.reduce((s, x) => s + x * x, 0)) <= radius) return back(keptCoords);
    const weighted = kept.map((i) => values[i] * coords[i]);
    const scaledValues = kept.map((i) => values[i] * radius);
    const excess = (m) => {
      let sum = 0;
      for (let k = 0; k < weighted.length; k += 1) {
        const share = weighted[k] / (scaledValues[k] + m);
        sum += share * share;
      }
      return Math.sqrt(sum) - 1;
    };
    if (excess(0) <= 0) return back(keptCoords);
    const upper = Math.sqrt(weighted.reduce((s, x) => s + x * x, 0));
    const m = brentq(excess, 0, upper, 1e-300, 4 * EPS, 500);
    return back(weighted.map((w, k) => w * radius / (scaledValues[k] + m)));
  }

  /** The elastic net's tip reach: the root r of (1 - rho) r^2 + rho r = t (the inverse of
   * enetRadius). */
  function enetReach(rho, radius) {
    return 2 * radius / (rho + Math.sqrt(rho * rho + 4 * (1 - rho) * radius));
  }

  /** mathcore/enet_planar.py: the optimum over rho ||b||_1 + (1 - rho) ||b||_2^2 <= t. */
  function solveEnet(center, matrix, rho, radius) {
    const ball = { norm: "enet", l1_ratio: rho };
    if (normValue(ball, center) <= radius) return [center[0], center[1]];
    const r = enetReach(rho, radius);
    const normal = rho + 2 * (1 - rho) * r;
    let best = null;
    let bestValue = Infinity;
    for (let k = 0; k < 4; k += 1) {
      const tip = scale(r, DIAMOND[k]);
      const axis = k % 2;
      const along = DIAMOND[k][axis];
      const pull = scale(-1, gradient(center, matrix, tip));
      const outward = along * pull[axis];
      if (outward >= 0 && Math.abs(pull[1 - axis]) * normal <= rho * outward) {
        const value = lossValue(center, matrix, tip);
        if (value < bestValue) { bestValue = value; best = tip; }
      }
    }
    if (best !== null) return best;
    const shift = rho / (2 * (1 - rho));
    const discRadius = Math.sqrt(radius / (1 - rho) + 2 * shift * shift);
    for (const s of [[1, 1], [-1, 1], [-1, -1], [1, -1]]) {
      const origin = scale(-shift, s);
      const point = add(origin, solveL2(sub(center, origin), matrix, discRadius));
      if (s[0] * point[0] > 0 && s[1] * point[1] > 0) {
        const value = lossValue(center, matrix, point);
        if (value < bestValue) { bestValue = value; best = point; }
      }
    }
    if (best !== null) return best;
    for (let k = 0; k < 4; k += 1) {  // a tip missed its cone test by rounding
      const tip = scale(r, DIAMOND[k]);
      const value = lossValue(center, matrix, tip);
      if (value < bestValue) { bestValue = value; best = tip; }
    }
    return best;
  }

  // ---------------------------------------------------------------- the certificate

  /** b . dN(b): N(b) for the homogeneous norms, rho ||b||_1 + 2 (1 - rho) ||b||^2 for the
   * elastic net (b . s = ||b||_1 for every subgradient s of ||.||_1). */
  function radial(ball, beta) {
    if (ball.norm !== "enet") return normValue(ball, beta);
    const rho = ball.l1_ratio;
    return rho * (Math.abs(beta[0]) + Math.abs(beta[1])) + 2 * (1 - rho) * dot(beta, beta);
  }

  /** The largest entry of N's subgradients (mathcore's Norm.normal_size): 1 for the norms,
   * rho + 2 (1 - rho) ||b||_inf for the elastic net; mu times it is in g's units. */
  function normalSize(ball, beta) {
    if (ball.norm !== "enet") return 1;
    return ball.l1_ratio + 2 * (1 - ball.l1_ratio) * Math.max(Math.abs(beta[0]),
      Math.abs(beta[1]));
  }

  /** Per coordinate, how far 0 is from g + mu dN(b) (mathcore's stationarity_violation). */
  function stationarityViolation(ball, beta, g, mu) {
    if (ball.norm === "l2") {
      const size = normValue(ball, beta);
      const direction = size > 0 ? scale(1 / size, beta) : [0, 0];
      return [Math.abs(g[0] + mu * direction[0]), Math.abs(g[1] + mu * direction[1])];
    }
    const rho = ball.norm === "enet" ? ball.l1_ratio : 1;
    const smooth = ball.norm === "enet" ? 2 * (1 - rho) : 0;
    return [0, 1].map((i) => (beta[i] !== 0
      ? Math.abs(g[i] + mu * (rho * sign(beta[i]) + smooth * beta[i]))
      : Math.max(Math.abs(g[i]) - mu * rho, 0)));
  }

  function termScale(center, matrix, beta) {
    return [0, 1].map((i) => 2 * (Math.abs(matrix[i][0]) * Math.abs(beta[0])
      + Math.abs(matrix[i][1]) * Math.abs(beta[1]))
      + 2 * (Math.abs(matrix[i][0]) * Math.abs(center[0])
      + Math.abs(matrix[i][1]) * Math.abs(center[1])));
  }

  function multiplierOf(center, matrix, ball, radius, beta) {
    const size = normValue(ball, beta);
    if (size < radius * (1 - BOUNDARY_RTOL) || size === 0) return 0;
    const mu = -dot(gradient(center, matrix, beta), beta) / radial(ball, beta);
    const force = mu * normalSize(ball, beta);
    return force > STATIONARY_RTOL * Math.max(...termScale(center, matrix, beta)) ? mu : 0;
  }

  function kktResidual(center, matrix, ball, radius, beta, mu) {
    const g = gradient(center, matrix, beta);
    const force = mu * normalSize(ball, beta);
    const terms = termScale(center, matrix, beta).map((x) => x + force + TINY);
    const largest = Math.max(...terms);
    const size = normValue(ball, beta);
    const violation = stationarityViolation(ball, beta, g, mu);
    const stationarity = Math.max(violation[0] / terms[0], violation[1] / terms[1]);
    const infeasibility = Math.max(0, size - radius) / radius;
    const slackness = force * Math.abs(radius - size) / radius / largest;
    return Math.max(stationarity, infeasibility, slackness, -force / largest);
  }

  /** Where on the ball b* lies: "vertex" only at a corner (an axis tip of the diamond or
   * of the elastic net with rho > 0; an axis point of a smooth sphere is "boundary"). */
  function faceOf(ball, beta, mu) {
    if (mu === 0) return "interior";
    const nonzero = (beta[0] !== 0 ? 1 : 0) + (beta[1] !== 0 ? 1 : 0);
    if (ball.norm === "l2") return "boundary";
    if (ball.norm === "l1") return nonzero === 1 ? "vertex" : "edge";
    return nonzero === 1 && ball.l1_ratio > 0 ? "vertex" : "boundary";
  }

  /** When the optimum is not unique, two distinct optimal points (the ends of the optimal
   * segment), else null.  It is unique with A definite, and on a strictly convex sphere
   * with mu > 0; otherwise the optimal set is the line b* + s q (q spanning A's null
   * space) cut by the ball, whose ends are found by bisection of N(b* + s q) = t
   * (mathcore/uniqueness.py); a segment shorter than SEGMENT_RTOL max(t, 1) is a point. */
  function optimalSegment(matrix, ball, radius, beta, mu) {
    const { values, vectors } = eigen(matrix);
    if (values[0] > NULL_RTOL * values[1] * 2) return null;
    if (ball.norm !== "l1" && mu > 0) return null;
    const direction = vectors[0];
    const end = (towards) => {
      let low = 0;
      let high = Math.max(radius, 1);
      while (normValue(ball, add(beta, scale(towards * high, direction))) <= radius) high *= 2;
      for (let k = 0; k < 200; k += 1) {
        const middle = 0.5 * (low + high);
        if (normValue(ball, add(beta, scale(towards * middle, direction))) <= radius) {
          low = middle;
        } else {
          high = middle;
        }
      }
      return low;
    };
    const ahead = end(1);
    const behind = end(-1);
    if (ahead + behind <= SEGMENT_RTOL * Math.max(radius, 1)) return null;
    return [add(beta, scale(-behind, direction)), add(beta, scale(ahead, direction))];
  }

  /** mathcore.certificate.certify: the result of a candidate optimum. */
  function certify(center, matrix, ball, radius, beta) {
    const mu = multiplierOf(center, matrix, ball, radius, beta);
    const residual = kktResidual(center, matrix, ball, radius, beta, mu);
    const segment = optimalSegment(matrix, ball, radius, beta, mu);
    return {
      beta,
      loss: Math.max(lossValue(center, matrix, beta), 0),
      multiplier: mu,
      face: faceOf(ball, beta, mu),
      zeros: [0, 1].filter((i) => beta[i] === 0),
      unique: segment === null,
      optimal_segment: segment,
      kkt_residual: residual,
      certificate: { kind: "kkt", residual },
      message: `exact ${ball.norm === "enet" ? `enet${ball.l1_ratio}` : ball.norm} solver, `
        + "certified by the KKT conditions",
    };
  }

  /** The exact solvers in units where max |A_ij| (and, for the homogeneous norms, max |c_i|)
   * is about 1: powers of two scale every float exactly (mathcore/solve.py). */
  function solveExact(center, matrix, ball, radius) {
    const matrixExponent = exponentOf(Math.max(...matrix.flat().map(Math.abs)));
    let lengthExponent = 0;
    if (ball.norm !== "enet") {
      const centerSize = Math.max(Math.abs(center[0]), Math.abs(center[1]));
      const radiusExponent = exponentOf(radius);
      lengthExponent = Math.min(Math.max(
        centerSize > 0 ? exponentOf(centerSize) : radiusExponent,
        radiusExponent - LENGTH_SPAN), radiusExponent + LENGTH_SPAN);
    }
    const unitCenter = center.map((x) => ldexp(x, -lengthExponent));
    const unitMatrix = matrix.map((row) => row.map((x) => ldexp(x, -matrixExponent)));
    const unitRadius = ldexp(radius, -lengthExponent);
    let beta;
    if (ball.norm === "l1") beta = solveL1(unitCenter, unitMatrix, unitRadius);
    else if (ball.norm === "l2") beta = solveL2(unitCenter, unitMatrix, unitRadius);
    else if (ball.l1_ratio === 1) beta = solveL1(unitCenter, unitMatrix, unitRadius);
    else beta = solveEnet(unitCenter, unitMatrix, ball.l1_ratio, unitRadius);
    const unit = certify(unitCenter, unitMatrix, ball, unitRadius, beta);
    if (!(unit.kkt_residual <= KKT_TOLERANCE)) {
      fail(`solver failed its certificate: KKT residual ${unit.kkt_residual.toExponential(2)}`
        + ` > 1e-8 for norm=${ball.norm}, radius=${radius}`);
    }
    return Object.assign(unit, {
      beta: unit.beta.map((x) => ldexp(x, lengthExponent)),
      optimal_segment: unit.optimal_segment === null ? null
        : unit.optimal_segment.map((point) => point.map((x) => ldexp(x, lengthExponent))),
      loss: ldexp(unit.loss, matrixExponent + 2 * lengthExponent),
      multiplier: ldexp(unit.multiplier, matrixExponent + lengthExponent),
    });
  }

  // ---------------------------------------------------------------- the searched Lp ball

  /** mathcore's Lp.off_axis: for 1 < p < inf an axis point is optimal only where the
   * gradient is along the axis; elsewhere the optimum leaves it by
   * |b_k| = |b_j| (|g_k| / |g_j|)^(1 / (p - 1)), solved by fixed-point steps. */
  function lpOffAxis(center, matrix, p, radius, beta) {
    if (!(p > 1 && p < Infinity)) return beta;
    const zero = [0, 1].filter((i) => beta[i] === 0);
    if (zero.length !== 1) return beta;
    const k = zero[0];
    const j = 1 - k;
    const first = gradient(center, matrix, beta);
    const noise = 64 * EPS * 2 * (Math.abs(matrix[k][0]) * Math.abs(beta[0] - center[0])
      + Math.abs(matrix[k][1]) * Math.abs(beta[1] - center[1]));
    if (Math.abs(first[k]) <= noise || first[j] === 0) return beta;
    let point = beta.slice();
    for (let step = 0; step < 8; step += 1) {
      const g = gradient(center, matrix, point);
      if (g[k] === 0 || g[j] === 0 || sign(g[k]) !== sign(first[k])) return beta;
      const logSize = Math.log(Math.abs(point[j]))
        + (Math.log(Math.abs(g[k])) - Math.log(Math.abs(g[j]))) / (p - 1);
      const size = Math.max(Math.exp(logSize), SMALLEST_SUBNORMAL);
      const next = [0, 0];
      next[k] = -sign(first[k]) * size;
      next[j] = sign(beta[j]) * lpOther(p, radius, size);
      point = next;
    }
    const slack = 8 * EPS * lossValue(center, matrix, [0, 0]);
    if (!(lossValue(center, matrix, point) <= lossValue(center, matrix, beta) + slack)) {
      return beta;
    }
    return point;
  }

  /** mathcore's _sphere_search: the best grid point of each walk of the sphere (by
   * angle, and by either coordinate with both signs), refined by fminbound between its
   * grid neighbours; the axis points keep their place unless beaten by more than
   * rounding (8 eps f(0)). */
  function lpSearch(center, matrix, ball, radius) {
    const f = (point) => lossValue(center, matrix, point);
    let bestPoint = null;
    let bestValue = Infinity;
    for (let k = 0; k < 4; k += 1) {
      const point = boundaryPoint(ball, radius, Math.PI / 2 * k);
      const value = f(point);
      if (value < bestValue) { bestValue = value; bestPoint = point; }
    }
    const slack = 8 * EPS * f([0, 0]);
    const extent = reach(ball, radius, [1, 0]);
    const walks = [[(a) => boundaryPoint(ball, radius, a),
      Array.from({ length: SEARCH_GRID }, (_, k) => 2 * Math.PI * k / SEARCH_GRID)]];
    const count = SEARCH_GRID / 4 + 1;
    const step = (2 * extent) / (count - 1);
    const coordinates = Array.from({ length: count }, (_, k) => k * step - extent);
    coordinates[count - 1] = extent;
    for (const axis of [0, 1]) {
      for (const side of [1, -1]) {
        walks.push([(x) => {
          const pair = [x, side * lpOther(ball.p, radius, x)];
          return axis === 0 ? pair : [pair[1], pair[0]];
        }, coordinates]);
      }
    }
    for (const [walk, grid] of walks) {
      let k = 0;
      let low = Infinity;
      for (let i = 0; i < grid.length; i += 1) {
        const value = f(walk(grid[i]));
        if (value < low) { low = value; k = i; }
      }
      const left = grid[Math.max(k - 1, 0)];
      const right = grid[Math.min(k + 1, grid.length - 1)];
      const refined = fminbound((x) => f(walk(x)), left, right,
        1e-14 * Math.max(1, Math.abs(right)));
      for (const point of [walk(grid[k]), walk(refined)]) {
        const value = f(point);
        if (value < bestValue - slack) { bestPoint = point; bestValue = value; }
      }
    }
    return bestPoint;
  }

  /** mathcore's Lp.refine: an optimum off the axes is a root of
   * h(u) = grad f(b(u)) . T(b(u)) (T the sphere's counter-clockwise tangent, normal
   * n = (s(b1) |b1|^(p-1), s(b2) |b2|^(p-1))), - to + within 1, 4, 16 or 64 grid steps
   * of the searched point and inside its open quadrant: Brent's method finds it to
   * rounding. */
  function lpRefine(center, matrix, ball, radius, beta) {
    if (!Number.isFinite(ball.p) || beta[0] === 0 || beta[1] === 0) return beta;
    const angle = Math.atan2(beta[1], beta[0]);
    const quadrant = Math.floor(angle / (Math.PI / 2));
    const offset = [Math.abs(beta[0] - center[0]), Math.abs(beta[1] - center[1])];
    const slack = 8 * EPS * (offset[0] * (Math.abs(matrix[0][0]) * offset[0]
      + Math.abs(matrix[0][1]) * offset[1]) + offset[1] * (Math.abs(matrix[1][0]) * offset[0]
      + Math.abs(matrix[1][1]) * offset[1]));
    const turn = (u) => {
      const point = boundaryPoint(ball, radius, u);
      const normal = point.map((x) => sign(x) * Math.abs(x) ** (ball.p - 1));
      return dot(gradient(center, matrix, point), [-normal[1], normal[0]]);
    };
    for (const width of REFINE_STEPS) {
      const low = Math.max(angle - width * 2 * Math.PI / SEARCH_GRID, quadrant * Math.PI / 2);
      const high = Math.min(angle + width * 2 * Math.PI / SEARCH_GRID,
        (quadrant + 1) * Math.PI / 2);
      const below = turn(low);
      const above = turn(high);
      if (Number.isFinite(below) && Number.isFinite(above) && below < 0 && above > 0) {
        const point = boundaryPoint(ball, radius, brentq(turn, low, high, 1e-300, 4 * EPS, 500));
        if (point[0] !== 0 && point[1] !== 0
          && lossValue(center, matrix, point) <= lossValue(center, matrix, beta) + slack) {
          return point;
        }
      }
    }
    return beta;
  }

  /** mathcore's Norm.optimum for the Lp ball: searched, then checked against
   * denseCheck sphere directions. */
  function solveLp(center, matrix, ball, radius, denseCheck) {
    const inside = normValue(ball, center) <= radius;
    const beta = inside ? [center[0], center[1]]
      : lpRefine(center, matrix, ball, radius,
        lpOffAxis(center, matrix, ball.p, radius, lpSearch(center, matrix, ball, radius)));
    const value = lossValue(center, matrix, beta);
    let lowest = Infinity;
    for (let k = 0; k < denseCheck; k += 1) {
      lowest = Math.min(lowest, lossValue(center, matrix,
        boundaryPoint(ball, radius, 2 * Math.PI * k / denseCheck)));
    }
    const gap = lowest - value;
    const floor = Math.max(lossValue(center, matrix, [0, 0]), 1e-300);
    if (!(gap >= -1e-10 * floor)) fail(`l${ball.p} optimum failed its dense check by ${gap}`);
    return {
      beta,
      loss: value,
      multiplier: NaN,
      face: inside ? "interior" : (beta.includes(0) && ball.p <= 1 ? "vertex" : "boundary"),
      zeros: [0, 1].filter((i) => beta[i] === 0),
      unique: true,
      optimal_segment: null,
      kkt_residual: NaN,
      certificate: { kind: "dense check", directions: denseCheck, gap },
      message: `global search of the sphere; no rival among ${denseCheck} directions`,
    };
  }

  // ---------------------------------------------------------------- the page's API

  /**
   * The certified optimum of min (b - c)^T A (b - c) s.t. N(b) <= radius:
   * problem = {center, matrix, radius, norm ("l1", "l2", "enet", "lp"), l1_ratio, p,
   * denseCheck (lp only)}; the fields `normviz solve` prints, and norm.
   */
  function solve(problem) {
    if (problem === null || typeof problem !== "object") fail("problem must be an object");
    const center = checkCenter(problem.center);
    const matrix = checkMatrix(problem.matrix);
    const radius = checkRadius(problem.radius);
    const ball = checkBall(problem);
    let result;
    if (ball.norm === "lp") {
      const dense = problem.denseCheck === undefined ? DENSE_CHECK : problem.denseCheck;
      if (!Number.isInteger(dense) || dense < 4) fail("denseCheck must be an integer >= 4");
      result = ball.p === 1 || ball.p === 2
        ? solveExact(center, matrix, { norm: `l${ball.p}` }, radius)
        : solveLp(center, matrix, ball, radius, dense);
    } else {
      result = solveExact(center, matrix, ball, radius);
    }
    if (![result.loss, ...result.beta].every(Number.isFinite)) {
      fail("center, matrix and radius are too large: the loss overflows");
    }
    result.norm = ball.norm;
    return result;
  }

  /** argmin f(b) + lam ||b||_1 in 2-D, exactly: each support and sign pattern's
   * stationary point 2A(b - c) + lam s = 0, kept when its signs are s and the
   * zero coordinates' |2 (A (b - c))_i| <= lam; the least objective among them. */
  function penalisedL1(center, matrix, lam) {
    const pull = apply(matrix, center);  // A c
    const objective = (b) => lossValue(center, matrix, b) + lam * (Math.abs(b[0]) + Math.abs(b[1]));
    const candidates = [];
    const within = (b, i) => Math.abs(2 * (apply(matrix, b)[i] - pull[i])) <= lam;
    if (within([0, 0], 0) && within([0, 0], 1)) candidates.push([0, 0]);
    for (const i of [0, 1]) {
      if (!(matrix[i][i] > 0)) continue;
      for (const s of [1, -1]) {
        const b = [0, 0];
        b[i] = (pull[i] - lam * s / 2) / matrix[i][i];
        if (sign(b[i]) === s && within(b, 1 - i)) candidates.push(b);
      }
    }
    const det = matrix[0][0] * matrix[1][1] - matrix[0][1] * matrix[1][0];
    if (det > 0) {
      for (const s of [[1, 1], [-1, 1], [-1, -1], [1, -1]]) {
        const h = [lam * s[0] / 2, lam * s[1] / 2];
        const step = [(matrix[1][1] * h[0] - matrix[0][1] * h[1]) / det,
          (matrix[0][0] * h[1] - matrix[1][0] * h[0]) / det];
        const b = sub(center, step);
        if (sign(b[0]) === s[0] && sign(b[1]) === s[1]) candidates.push(b);
      }
    }
    let best = [0, 0];
    let bestValue = Infinity;
    for (const b of candidates) {
      const value = objective(b);
      if (value < bestValue) { bestValue = value; best = b; }
    }
    return best;
  }

  /** The solution of (A + lam I) b = A c (ridge's normal equations), by Cramer's rule. */
  function penalisedL2(center, matrix, lam) {
    const m = [[matrix[0][0] + lam, matrix[0][1]], [matrix[1][0], matrix[1][1] + lam]];
    const right = apply(matrix, center);
    const det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    return [(m[1][1] * right[0] - m[0][1] * right[1]) / det,
      (m[0][0] * right[1] - m[1][0] * right[0]) / det];
  }

  /**
   * argmin f(b) + lam P(b): P = ||b||_1 (l1), ||b||_2^2 (l2) or
   * rho ||b||_1 + (1 - rho) ||b||_2^2 (enet: the lasso of A' = A + lam (1 - rho) I,
   * c' = A'^-1 A c at lam rho); problem = {center, matrix, lam, norm, l1_ratio}.
   * Returns {beta, objective, zeros, size}: size is the radius of the ball N(b) <= size
   * (N = ||.||_1, ||.||_2 or the elastic net's g) whose constrained optimum is beta.
   */
  function penalised(problem) {
    const center = checkCenter(problem.center);
    const matrix = checkMatrix(problem.matrix);
    const lam = problem.lam;
    if (!isNumber(lam) || lam < 0) {
      fail(`lam must be a real number >= 0, got ${JSON.stringify(lam)}`);
    }
    const ball = checkBall(problem);
    const ridge = ball.norm === "l2" ? lam : ball.norm === "enet" ? lam * (1 - ball.l1_ratio) : 0;
    if (!(ridge > 0) && !isDefinite(matrix)) {
      fail("matrix must be positive definite for the penalised form unless its ridge part "
        + "lam (1 - rho) is > 0 (a singular A has a line of optima)");
    }
    let beta;
    let penalty;
    if (ball.norm === "l1") {
      beta = penalisedL1(center, matrix, lam);
      penalty = Math.abs(beta[0]) + Math.abs(beta[1]);
    } else if (ball.norm === "l2") {
      beta = penalisedL2(center, matrix, lam);
      penalty = dot(beta, beta);
    } else if (ball.norm === "enet") {
      const shifted = [[matrix[0][0] + ridge, matrix[0][1]], [matrix[1][0], matrix[1][1] + ridge]];
      beta = penalisedL1(penalisedL2(center, matrix, ridge), shifted, lam * ball.l1_ratio);
      penalty = normValue(ball, beta);
    } else {
      fail("norm must be one of l1, l2, enet for the penalised form, got \"lp\"");
    }
    return {
      beta,
      objective: lossValue(center, matrix, beta) + lam * penalty,
      zeros: [0, 1].filter((i) => beta[i] === 0),
      size: ball.norm === "l2" ? Math.sqrt(penalty) : normValue(ball, beta),
    };
  }

  // ---------------------------------------------------------------- pictures

  /** Where the line p + s u (s in R) crosses the box: its two ends, or null. */
  function clipLine(point, direction, box) {
    let low = -Infinity;
    let high = Infinity;
    const bounds = [[box[0], box[1]], [box[2], box[3]]];
    for (const i of [0, 1]) {
      if (direction[i] === 0) {
        if (point[i] < bounds[i][0] || point[i] > bounds[i][1]) return null;
      } else {
        const a = (bounds[i][0] - point[i]) / direction[i];
        const b = (bounds[i][1] - point[i]) / direction[i];
        low = Math.max(low, Math.min(a, b));
        high = Math.min(high, Math.max(a, b));
      }
    }
    return low < high ? [add(point, scale(low, direction)), add(point, scale(high, direction))]
      : null;
  }

  /**
   * The level set f(b) = level as polylines: with A = Q diag(d) Q^T the ellipse
   * c + Q (sqrt(level / d1) cos u, sqrt(level / d2) sin u) (one closed polyline of
   * count + 1 points); with A singular the two lines |q2 . (b - c)| = sqrt(level / d2),
   * clipped to box = [xmin, xmax, ymin, ymax].
   */
  function contour(center, matrix, level, box, count = 120) {
    if (!(level > 0)) return [];
    const { values, vectors } = eigen(matrix);
    if (!(values[0] > NULL_RTOL * values[1] * 2)) {
      const offset = Math.sqrt(level / values[1]);
      return [1, -1].map((side) => clipLine(add(center, scale(side * offset, vectors[1])),
        vectors[0], box)).filter((line) => line !== null);
    }
    const half = [Math.sqrt(level / values[0]), Math.sqrt(level / values[1])];
    const points = [];
    for (let k = 0; k <= count; k += 1) {
      const u = 2 * Math.PI * (k % count) / count;
      const a = half[0] * Math.cos(u);
      const b = half[1] * Math.sin(u);
      points.push([center[0] + a * vectors[0][0] + b * vectors[1][0],
        center[1] + a * vectors[0][1] + b * vectors[1][1]]);
    }
    return [points];
  }

  /** The convex polygon's part where normal . (x - point) >= 0 (mathcore's _cut). */
  function cut(polygon, point, normal) {
    const values = polygon.map((x) => dot(sub(x, point), normal));
    const kept = [];
    for (let k = 0; k < polygon.length; k += 1) {
      const a = polygon[k];
      const b = polygon[(k + 1) % polygon.length];
      const va = values[k];
      const vb = values[(k + 1) % polygon.length];
      if (va >= 0) kept.push(a);
      if ((va >= 0) !== (vb >= 0)) kept.push(add(a, scale(va / (va - vb), sub(b, a))));
    }
    return kept;
  }

  /**
   * The corners' catchment cones (mathcore/catchment.py): the centres c whose optimum is
   * the tip v = reach e form v + A^-1 N(v), N(v) the normal cone at v spanned by the
   * normals of the two arcs (edges) meeting there: (1, +-1) turned to v's axis for L1,
   * (rho + 2 (1 - rho) reach, +-rho) for the elastic net.  Returned clipped to box as
   * [{index, corner, polygon}], counter-clockwise from (reach, 0); [] for balls without
   * corners on the axes (l2, lp with p != 1, enet with rho = 0) or a singular A.
   */
  function catchment(matrix, ballSpec, box) {
    const A = checkMatrix(matrix);
    const ball = checkBall(ballSpec);
    const radius = checkRadius(ballSpec.radius);
    const l1 = ball.norm === "l1" || (ball.norm === "lp" && ball.p === 1);
    if (!(l1 || (ball.norm === "enet" && ball.l1_ratio > 0)) || !isDefinite(A)) return [];
    const tipReach = l1 ? radius : enetReach(ball.l1_ratio, radius);
    const along = l1 ? 1 : ball.l1_ratio + 2 * (1 - ball.l1_ratio) * tipReach;
    const across = l1 ? 1 : ball.l1_ratio;
    const det = A[0][0] * A[1][1] - A[0][1] * A[1][0];
    const inverse = (v) => [(A[1][1] * v[0] - A[0][1] * v[1]) / det,
      (A[0][0] * v[1] - A[1][0] * v[0]) / det];
    const square = [[box[0], box[2]], [box[1], box[2]], [box[1], box[3]], [box[0], box[3]]];
    const left = (u) => [-u[1], u[0]];
    return DIAMOND.map((axis, index) => {
      const corner = scale(tipReach, axis);
      const turn = [axis[0] * along, axis[1] * along];
      const side = [-axis[1] * across, axis[0] * across];
      let first = inverse(sub(turn, side));
      let second = inverse(add(turn, side));
      if (first[0] * second[1] - first[1] * second[0] < 0) [first, second] = [second, first];
      const polygon = cut(cut(square, corner, left(first)), corner, scale(-1, left(second)));
      return { index, corner, polygon };
    });
  }

  /**
   * The only centres whose optimum over a smooth ball (no corner on the axes: l2, lp with
   * p > 1, the elastic net at rho = 0) has an exact 0 (mathcore.catchment.l2_zero_rays):
   * at an axis point v the normal cone is the one ray along the axis, so the centres are
   * v + s A^-1 v, s >= 0: four rays of area 0.  Returned as [{index, start, end}], the
   * ray clipped to box (end = start when v is outside the box); [] for balls with corners
   * on the axes, or a singular A.
   */
  function zeroRays(matrix, ballSpec, box) {
    const A = checkMatrix(matrix);
    const ball = checkBall(ballSpec);
    const radius = checkRadius(ballSpec.radius);
    const smooth = ball.norm === "l2" || (ball.norm === "lp" && ball.p > 1)
      || (ball.norm === "enet" && ball.l1_ratio === 0);
    if (!smooth || !isDefinite(A)) return [];
    const det = A[0][0] * A[1][1] - A[0][1] * A[1][0];
    const tip = reach(ball, radius, [1, 0]);
    return DIAMOND.map((axis, index) => {
      const start = scale(tip, axis);
      const direction = [(A[1][1] * start[0] - A[0][1] * start[1]) / det,
        (A[0][0] * start[1] - A[1][0] * start[0]) / det];
      const outside = start[0] < box[0] || start[0] > box[1] || start[1] < box[2]
        || start[1] > box[3];
      if (outside) return { index, start, end: start };
      let exit = Infinity;
      const bounds = [[box[0], box[1]], [box[2], box[3]]];
      for (const i of [0, 1]) {
        if (direction[i] > 0) exit = Math.min(exit, (bounds[i][1] - start[i]) / direction[i]);
        if (direction[i] < 0) exit = Math.min(exit, (bounds[i][0] - start[i]) / direction[i]);
      }
      return { index, start, end: add(start, scale(exit, direction)) };
    });
  }

  return {
    solve, penalised, zeroRays, outline, contour, catchment, lossValue, checkMatrix,
    enetRadius, enetReach,
    normValue: (ball, beta) => normValue(checkBall(ball), beta), eigen,
  };
})();

if (typeof module !== "undefined") module.exports = NormvizMath;
