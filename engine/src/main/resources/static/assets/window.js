// 一次 · 窗口预审: show the situational materials the answers call for. Without this script the
// page still works: "按回答更新材料清单" re-renders it on the server.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('check-form');
    if (!form) {
      return;
    }
    var url = form.getAttribute('data-applicable');
    var agent = document.getElementById('agent');
    var agentFields = document.getElementById('agent-fields');
    var pending = 0;

    function answers() {
      var params = new URLSearchParams();
      form.querySelectorAll('[data-answer]').forEach(function (input) {
        if ((input.type === 'checkbox' || input.type === 'radio') && !input.checked) {
          return;
        }
        if (input.value !== '') {
          params.append(input.name, input.value);
        }
      });
      var type = form.querySelector('[name=applicantType]');
      if (type) {
        params.append('applicantType', type.value);
      }
      return params;
    }

    function show(codes) {
      var wanted = new Set(codes);
      form.querySelectorAll('tr[data-material]').forEach(function (row) {
        var on = wanted.has(row.getAttribute('data-material'));
        row.hidden = !on;
        row.querySelectorAll('input, select').forEach(function (input) { input.disabled = !on; });
      });
    }

    function update() {
      if (agentFields && agent) {
        agentFields.hidden = !agent.checked;
      }
      var ticket = ++pending;
      form.setAttribute('aria-busy', 'true');
      fetch(url + '?' + answers().toString(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (codes) {
          if (ticket === pending) {
            show(codes);
            form.setAttribute('aria-busy', 'false');
            form.setAttribute('data-updated', String(ticket));
          }
        })
        .catch(function () { form.setAttribute('aria-busy', 'false'); });
    }

    form.querySelectorAll('[data-answer]').forEach(function (input) {
      input.addEventListener('change', update);
    });

    // A scan dropped on a material's row goes to that row's file input; a file means handed in.
    form.querySelectorAll('tr[data-material]').forEach(function (row) {
      var file = row.querySelector('input[type=file]');
      var present = row.querySelector('input[name=present]');
      if (!file) {
        return;
      }
      file.addEventListener('change', function () {
        if (file.files.length && present) {
          present.checked = true;
        }
      });
      row.addEventListener('dragover', function (event) {
        if (!file.disabled) {
          event.preventDefault();
          row.classList.add('drop');
        }
      });
      row.addEventListener('dragleave', function () { row.classList.remove('drop'); });
      row.addEventListener('drop', function (event) {
        row.classList.remove('drop');
        if (file.disabled || !event.dataTransfer || !event.dataTransfer.files.length) {
          return;
        }
        event.preventDefault();
        var one = new DataTransfer();
        one.items.add(event.dataTransfer.files[0]);
        file.files = one.files;
        file.dispatchEvent(new Event('change'));
      });
    });
    // Scans dropped on the 整套扫描 zone join the files already chosen there (a stack may come in
    // several files); the form sends them as it sends chosen ones.
    var stackZone = document.getElementById('stack-drop');
    var stackFiles = document.getElementById('stack-files');
    if (stackZone && stackFiles) {
      stackZone.addEventListener('dragover', function (event) {
        event.preventDefault();
        stackZone.classList.add('drop');
      });
      stackZone.addEventListener('dragleave', function () { stackZone.classList.remove('drop'); });
      stackZone.addEventListener('drop', function (event) {
        stackZone.classList.remove('drop');
        if (!event.dataTransfer || !event.dataTransfer.files.length) {
          return;
        }
        event.preventDefault();
        var all = new DataTransfer();
        Array.prototype.forEach.call(stackFiles.files, function (f) { all.items.add(f); });
        Array.prototype.forEach.call(event.dataTransfer.files, function (f) { all.items.add(f); });
        stackFiles.files = all.files;
        stackFiles.dispatchEvent(new Event('change'));
      });
    }
    var type = form.querySelector('select[name=applicantType]');
    if (type) {
      type.addEventListener('change', update);
    }
  });
})();
