/*
 * The page shell's one script (kernel): while a full-page form submission is on its way (an
 * upload, signing, sealing), its buttons are disabled, so a second click sends nothing twice, and
 * the page says it is working. Buttons come back after 20 s (a download leaves the page as it is)
 * and when the page is shown again from the browser's history.
 */
(function () {
  function buttons(form) {
    return form.querySelectorAll('button[type=submit], input[type=submit]');
  }
  function release(form) {
    delete form.dataset.busy;
    form.removeAttribute('aria-busy');
    buttons(form).forEach(function (b) { b.disabled = false; b.classList.remove('busy'); });
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || (form.method || '').toLowerCase() !== 'post') {
      return;
    }
    if (form.dataset.busy) {
      event.preventDefault(); // already on its way
      return;
    }
    form.dataset.busy = '1';
    form.setAttribute('aria-busy', 'true');
    // after this event, so that the button that was pressed is still sent with the form
    setTimeout(function () {
      buttons(form).forEach(function (b) { b.disabled = true; b.classList.add('busy'); });
    }, 0);
    var status = document.getElementById('busyStatus');
    if (status) {
      status.textContent = status.getAttribute('data-text');
    }
    setTimeout(function () { release(form); if (status) { status.textContent = ''; } }, 20000);
  });
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-busy]').forEach(release);
  });
})();
