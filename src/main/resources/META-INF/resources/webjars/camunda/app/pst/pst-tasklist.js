/*
 * PST BPS: Tasklist at the counter. Loaded by tasklist/scripts/config.js as a custom script.
 *
 * After an officer completes a step:
 *  - when the next step of the same sale is already theirs, Tasklist tells so ("Anda ditugaskan ...",
 *    with a link); this opens that task at once, so the officer lands on it without a click;
 *  - otherwise it asks where the sale now waits (GET /api/sales/whereabouts) and says so: the visitor
 *    at the counter screen, the treasurer, the system making a document, or that the sale is done.
 * While no task is open, it watches the sale the officer last worked on: when a step of that sale is
 * theirs again (the visitor or the treasurer has done their part), it opens it and says so.
 * Nothing here changes what the engine does; it only moves the officer along.
 */

const appName = document.querySelector('base').getAttribute('app-name');
const ENGINE = /\/camunda\/api\/engine\/engine\/[^/]+\/task\/([^/?]+)(\/(submit-form|complete))?(\?|$)/;
const known = new Map(); // task id -> process instance id, from the task loads Tasklist makes
let openedByUs = null;
let followedSale = null; // the process instance of the step the user completed last
let currentUser = null;

function watchRequests() {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.pstMethod = method;
    this.pstUrl = url;
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    const xhr = this;
    const match = typeof xhr.pstUrl === 'string' ? ENGINE.exec(xhr.pstUrl) : null;
    if (match) {
      xhr.addEventListener('load', function () {
        const taskId = match[1];
        if (!match[2] && xhr.pstMethod === 'GET' && xhr.status === 200) {
          try {
            const task = JSON.parse(xhr.responseText);
            if (task && task.id && task.processInstanceId) {
              known.set(task.id, task.processInstanceId);
            }
          } catch (notJson) { /* not a task */ }
        } else if (match[2] && xhr.pstMethod === 'POST' && xhr.status >= 200 && xhr.status < 300) {
          completed(taskId);
        }
      });
    }
    return send.apply(this, arguments);
  };
}

function completed(taskId) {
  const processInstanceId = known.get(taskId);
  followedSale = processInstanceId || followedSale;
  // give Tasklist a moment to show its "assigned to you in the same process" note, which we follow
  window.setTimeout(function () {
    if (followAssignedNote()) {
      return;
    }
    if (processInstanceId) {
      tellWhereTheSaleWaits(processInstanceId, 0);
    }
  }, 900);
}

/** Opens the first task of Tasklist's "you are assigned to ... in the same process" note. */
function followAssignedNote() {
  const links = document.querySelectorAll('.notifications a[href*="task="], [cam-notifications] a[href*="task="]');
  for (const link of links) {
    const href = link.getAttribute('href');
    if (href && href !== openedByUs) {
      openedByUs = href;
      link.click();
      const close = link.closest('.alert') && link.closest('.alert').querySelector('.close, button');
      if (close) {
        close.click();
      }
      return true;
    }
  }
  return false;
}

function tellWhereTheSaleWaits(processInstanceId, attempt) {
  fetch('/api/sales/whereabouts?processInstanceId=' + encodeURIComponent(processInstanceId),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    // 204: a process that is not a sale (the supervisor's refund decision, a complaint): nothing to tell
    .then(function (r) { return r.status === 200 ? r.json() : null; })
    .then(function (where) {
      if (!where || !Array.isArray(where.steps)) {
        return;
      }
      if (followAssignedNote()) {
        return;
      }
      // the sale's next step is the user's own (made after a document, or assigned to them): open it
      const mine = where.steps.find(function (s) { return s.taskId && currentUser && s.assignee === currentUser; });
      if (mine) {
        openTask(mine.taskId, mine.name);
        return;
      }
      const onlySystem = where.steps.length > 0 && where.steps.every(function (s) { return s.waitsFor === 'sistem'; });
      if (onlySystem && attempt < 3) {
        // a document is being made; the next step appears in a moment
        window.setTimeout(function () { tellWhereTheSaleWaits(processInstanceId, attempt + 1); }, 1500);
        return;
      }
      notify(describe(where));
    })
    .catch(function () { /* the list still shows everything */ });
}

/** Opens a task of the user's in Tasklist (keeping the list's filter and search) and says so. */
function openTask(taskId, name) {
  if (new RegExp('[?&]task=' + taskId + '(&|$)').test(window.location.hash)) {
    return;
  }
  notify({ status: 'Giliran Anda lagi', message: name });
  const hash = window.location.hash.replace(/^#\/?\??/, '').replace(/(^|&)task=[^&]*/, '');
  window.location.hash = '#/?' + (hash ? hash.replace(/^&/, '') + '&' : '') + 'task=' + encodeURIComponent(taskId);
}

function describe(where) {
  const number = where.requestNumber;
  if (where.ended) {
    return { status: 'Permintaan ' + number + ' selesai', message: 'Tidak ada langkah lagi.' };
  }
  if (!where.steps.length) {
    return { status: 'Permintaan ' + number, message: 'Tidak ada langkah yang terbuka saat ini.' };
  }
  const parts = where.steps.map(function (s) { return s.name + ' (' + s.waitsFor + ')'; });
  return { status: 'Permintaan ' + number + ' sekarang menunggu', message: parts.join('; ') };
}

/** While no task is open: a step of the followed sale that is now the user's is opened. */
function watchFollowedSale() {
  window.setInterval(function () {
    if (!followedSale || !currentUser || /[?&]task=/.test(window.location.hash)) {
      return;
    }
    fetch('/camunda/api/engine/engine/default/task?assignee=' + encodeURIComponent(currentUser)
        + '&processInstanceId=' + encodeURIComponent(followedSale) + '&sortBy=created&sortOrder=asc',
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (tasks) {
        if (!tasks.length || /[?&]task=/.test(window.location.hash)) {
          return;
        }
        const task = tasks[0];
        known.set(task.id, task.processInstanceId);
        openTask(task.id, task.name);
      })
      .catch(function () { /* try again */ });
  }, 3000);
}

/*
 * Whole numbers (rupiah, quantities: form fields with decimalDigits 0). Camunda Forms silently drops a comma
 * typed there and keeps the digits after it: "50000,00" became 5000000, "1,5" became 15. Here a comma ends the
 * number instead: the digits typed after it are not taken, and a line under the field says so. A point is left
 * alone: "50.000" is how Indonesian writes fifty thousand, and Camunda Forms reads it as 50000.
 */
const WHOLE_NUMBER_HINT = 'Angka setelah koma tidak dicatat: isi bilangan bulat (rupiah penuh, tanpa sen).';

function numberInput(target) {
  return target instanceof HTMLInputElement && target.classList.contains('fjs-input')
    && target.closest('.fjs-form-field-number') ? target : null;
}

function showWholeNumberHint(input, shown) {
  const field = input.closest('.fjs-form-field-number');
  let hint = field.querySelector('.pst-whole-number-hint');
  if (!shown) {
    if (hint) {
      hint.remove();
    }
    return;
  }
  if (!hint) {
    hint = document.createElement('div');
    hint.className = 'pst-whole-number-hint';
    hint.setAttribute('role', 'status');
    hint.textContent = WHOLE_NUMBER_HINT;
    field.appendChild(hint);
  }
}

function guardWholeNumbers() {
  // bubbling: Camunda Forms' own handler on the input has run, and refused the comma where decimals are not allowed
  document.addEventListener('keypress', function (e) {
    const input = numberInput(e.target);
    if (!input) {
      return;
    }
    if (e.key === ',' && e.defaultPrevented) {
      input.pstAfterComma = true;
      showWholeNumberHint(input, true);
    } else if (input.pstAfterComma && /^[0-9]$/.test(e.key)) {
      e.preventDefault(); // a digit after the comma: not part of the whole number
    }
  });
  const resume = function (e) {
    const input = numberInput(e.target);
    if (input && input.pstAfterComma && (e.type !== 'keydown'
        || ['Backspace', 'Delete', 'ArrowLeft', 'Home'].indexOf(e.key) >= 0)) {
      input.pstAfterComma = false;
    }
  };
  document.addEventListener('keydown', resume, true);
  document.addEventListener('focusout', resume, true);
  // a new number typed from scratch: the hint goes
  document.addEventListener('input', function (e) {
    const input = numberInput(e.target);
    if (input && !input.pstAfterComma) {
      showWholeNumberHint(input, false);
    }
  }, true);
}

let notifications = null;

function notify(note) {
  if (notifications) {
    notifications.addMessage({ status: note.status, message: note.message, duration: 12000, exclusive: true });
    return;
  }
  let box = document.getElementById('pst-whereabouts');
  if (!box) {
    box = document.createElement('div');
    box.id = 'pst-whereabouts';
    box.setAttribute('role', 'status');
    box.className = 'alert alert-info';
    box.style.cssText = 'position:fixed;left:16px;bottom:40px;max-width:520px;z-index:2000';
    document.body.appendChild(box);
  }
  box.textContent = note.status + ': ' + note.message; // as Camunda's notifications show it
}

if (appName === 'tasklist') {
  watchRequests();
  guardWholeNumbers();
  watchFollowedSale();
  window.angular.module('cam.' + appName + '.custom').run(['Notifications', '$rootScope', function (service, $rootScope) {
    notifications = service;
    const remember = function () {
      currentUser = $rootScope.authentication && $rootScope.authentication.name ? $rootScope.authentication.name : null;
    };
    remember();
    $rootScope.$watch('authentication', remember);
  }]);
}
