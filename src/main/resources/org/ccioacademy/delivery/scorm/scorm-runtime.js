/*
 * CCIO Academy's SCORM run-time API: window.API (SCORM 1.2) and window.API_1484_11 (SCORM 2004),
 * put into every page of a content package as it is served. The data model's rules come from the
 * server (the same rules it checks every committed value against); values are kept here, so that
 * GetValue and SetValue answer at once, and sent to the server on Commit, on Finish/Terminate, a
 * few seconds after the last change, and when the page is closed. A send that fails is sent again,
 * with everything changed since the last one the server acknowledged, until it is acknowledged.
 * The page around the package is told how saving goes (postMessage), so it can say so.
 */
(function (global) {
  'use strict';

  var TEXT = {
    '0': 'No error',
    '101': 'General exception',
    '102': 'General initialization failure',
    '103': 'Already initialized',
    '104': 'Content instance terminated',
    '111': 'General termination failure',
    '112': 'Termination before initialization',
    '113': 'Termination after termination',
    '122': 'Retrieve data before initialization',
    '123': 'Retrieve data after termination',
    '132': 'Store data before initialization',
    '133': 'Store data after termination',
    '142': 'Commit before initialization',
    '143': 'Commit after termination',
    '201': 'General argument error',
    '202': 'Element cannot have children',
    '203': 'Element not an array: cannot have count',
    '301': 'Not initialized',
    '351': 'General set failure',
    '391': 'General commit failure',
    '401': 'Not implemented error',
    '402': 'Invalid set value, element is a keyword',
    '403': 'Element is read only',
    '404': 'Element is write only',
    '405': 'Incorrect data type',
    '406': 'Data model element type mismatch',
    '407': 'Data model element value out of range',
    '408': 'Data model dependency not established'
  };
  // the same codes mean other things in 1.2 and 2004
  var TEXT_2004 = {
    '301': 'General get failure',
    '401': 'Undefined data model element',
    '402': 'Unimplemented data model element',
    '403': 'Data model element value not initialized',
    '404': 'Data model element is read only',
    '405': 'Data model element is write only'
  };
  var TEXT_12 = {
    '401': 'Not implemented error'
  };

  var INDEX = /\.(\d+)(?=\.|$)/g;

  function generic(element) {
    return element.replace(INDEX, '.n');
  }

  function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /** The data model: the rules (from the server) and the values. */
  function Model(rules, values) {
    this.rules = rules;
    this.values = values;
    this.forms = {};
    var names = Object.keys(rules.elements);
    for (var i = 0; i < names.length; i++) {
      var form = rules.elements[names[i]].form;
      if (form !== null && form !== undefined) {
        this.forms[names[i]] = new RegExp('^(?:' + form + ')$', 's');
      }
    }
    // 2004: an interaction's responses in its type's form
    this.responses = {};
    var types = Object.keys(rules.responses || {});
    for (var t = 0; t < types.length; t++) {
      this.responses[types[t]] = rules.responses[types[t]].map(function (f) {
        return new RegExp('^(?:' + f + ')$', 's');
      });
    }
  }

  var RESPONSE = /^(cmi\.interactions\.\d+)\.(learner_response|correct_responses\.\d+\.pattern)$/;

  Model.prototype.responseOk = function (element, value) {
    var m = RESPONSE.exec(element);
    if (!m) {
      return true;
    }
    var forms = this.responses[this.values[m[1] + '.type']];
    if (!forms) {
      return true;
    }
    return forms[m[2] === 'learner_response' ? 0 : 1].test(value);
  };

  Model.prototype.count = function (array) {
    var member = new RegExp('^' + escapeRe(array) + '\\.(\\d+)\\..*$', 's');
    var n = 0;
    var keys = Object.keys(this.values);
    for (var i = 0; i < keys.length; i++) {
      var m = member.exec(keys[i]);
      if (m) {
        n = Math.max(n, parseInt(m[1], 10) + 1);
      }
    }
    return n;
  };

  Model.prototype.indexesOk = function (element, mustExist) {
    var re = new RegExp(INDEX.source, 'g');
    var m;
    while ((m = re.exec(element)) !== null) {
      if (m[1].length > 18) {
        return false;
      }
      var index = parseInt(m[1], 10);
      var count = this.count(element.substring(0, m.index));
      if (mustExist ? index >= count : index > count) {
        return false;
      }
    }
    return true;
  };

  /** 2004: an array member's id before its other values; an interaction's type before responses. */
  Model.prototype.dependency = function (element) {
    var m = /^(cmi\.(?:objectives|interactions)\.\d+)\.(.+)$/s.exec(element);
    if (!m || m[2] === 'id') {
      return null;
    }
    if (m[2].indexOf('correct_responses.') === 0 || m[2] === 'learner_response') {
      return m[1] + '.type';
    }
    return m[1] + '.id';
  };

  Model.prototype.get = function (element) {
    var e = this.rules.errors;
    if (typeof element !== 'string' || element === '') {
      return {value: '', error: e.empty};
    }
    if (/\._children$/.test(element)) {
      var children = this.rules.children[generic(element.slice(0, -10))];
      return children === undefined ? {value: '', error: e.noChildren} : {value: children, error: '0'};
    }
    if (/\._count$/.test(element)) {
      var array = element.slice(0, -7);
      return this.rules.arrays.indexOf(generic(array)) < 0
        ? {value: '', error: e.noCount}
        : {value: String(this.count(array)), error: '0'};
    }
    var rule = this.rules.elements[generic(element)];
    if (!rule) {
      return {value: '', error: e.unknown};
    }
    if (rule.access === 'w') {
      return {value: '', error: e.writeOnly};
    }
    if (e.badIndexGet && !this.indexesOk(element, true)) {
      return {value: '', error: e.badIndexGet};
    }
    var v = this.values[element];
    if (v === undefined) {
      return e.notSet ? {value: '', error: e.notSet} : {value: '', error: '0'};
    }
    return {value: v, error: '0'};
  };

  Model.prototype.set = function (element, value) {
    var e = this.rules.errors;
    if (typeof element !== 'string' || element === '' || value === undefined || value === null) {
      return e.empty;
    }
    value = String(value);
    if (/\._children$/.test(element) || /\._count$/.test(element) || element === 'cmi._version') {
      return e.keyword;
    }
    var g = generic(element);
    var rule = this.rules.elements[g];
    if (!rule) {
      return e.unknown;
    }
    if (rule.access === 'r') {
      return e.readOnly;
    }
    if (!this.indexesOk(element, false)) {
      return e.badIndexSet;
    }
    if (e.dependency) {
      var needs = this.dependency(element);
      if (needs !== null && this.values[needs] === undefined) {
        return e.dependency;
      }
    }
    if (!this.forms[g].test(value)) {
      return e.type;
    }
    if (e.range && (rule.min !== null && rule.min !== undefined || rule.max !== null && rule.max !== undefined)) {
      var n = parseFloat(value);
      if ((rule.min !== null && rule.min !== undefined && n < rule.min) ||
          (rule.max !== null && rule.max !== undefined && n > rule.max)) {
        return e.range;
      }
    }
    if (!this.responseOk(element, value)) {
      return e.type;
    }
    this.values[element] = value;
    return '0';
  };

  /** One session of one SCO: the API's state, what is still to be sent, and the sending. */
  function Session(config) {
    this.config = config;
    this.model = new Model(config.rules, config.values);
    this.state = 'new';
    this.lastError = '0';
    this.pending = {};
    this.sending = null;
    this.seq = 0;
    this.acked = 0;
    this.retryDelay = 1000;
    this.timer = null;
    this.started = null;
    this.finished = false;
    this.refused = false;
  }

  Session.prototype.tell = function (state, extra) {
    var message = {source: 'ccio-scorm', state: state, item: this.config.item};
    if (extra) {
      for (var k in extra) {
        message[k] = extra[k];
      }
    }
    try {
      global.parent.postMessage(message, this.config.appOrigin);
    } catch (ignored) {
      // no page around the package (opened on its own): nobody to tell
    }
  };

  Session.prototype.elapsed = function () {
    return this.started === null ? 0 : Math.round((Date.now() - this.started) / 10) / 100;
  };

  Session.prototype.body = function (finished) {
    var values = {};
    for (var k in this.pending) {
      values[k] = this.pending[k];
    }
    this.seq += 1;
    return {seq: this.seq, values: values, elapsed: this.elapsed(), finished: finished};
  };

  /** Sends what is pending; sent again after a failure, later each time, until acknowledged. */
  Session.prototype.send = function (finished) {
    var self = this;
    if (self.refused) {
      return;
    }
    if (self.timer !== null) {
      clearTimeout(self.timer);
      self.timer = null;
    }
    if (self.sending) {
      // sent once this send is answered, with everything pending by then
      self.again = true;
      self.againFinished = self.againFinished || finished;
      return;
    }
    var body = self.body(finished);
    self.sending = body;
    self.tell('saving');
    fetch(self.config.commitUrl, {
      method: 'POST',
      headers: {'Content-Type': 'text/plain'},
      body: JSON.stringify(body),
      credentials: 'omit',
      keepalive: JSON.stringify(body).length < 60000
    }).then(function (response) {
      return response.json().then(function (answer) {
        return {status: response.status, answer: answer};
      });
    }).then(function (r) {
      self.sending = null;
      if (r.status === 200) {
        self.retryDelay = 1000;
        self.acked = body.seq;
        for (var k in body.values) {
          if (self.pending[k] === body.values[k]) {
            delete self.pending[k];
          }
        }
        self.tell('saved', {status: r.answer, finished: body.finished});
        if (self.again) {
          var f = self.againFinished;
          self.again = false;
          self.againFinished = false;
          self.send(f);
        }
      } else {
        // refused: the launch has expired or a value was not accepted; sending again cannot help
        self.refused = true;
        self.tell('refused', {message: r.answer && r.answer.message});
      }
    }).catch(function () {
      self.sending = null;
      self.tell('offline');
      self.timer = setTimeout(function () {
        self.timer = null;
        self.send(finished || self.againFinished);
      }, self.retryDelay);
      self.retryDelay = Math.min(self.retryDelay * 2, 30000);
    });
  };

  /** A change: sent a few seconds after the last one, so a burst of values is one send. */
  Session.prototype.changed = function () {
    var self = this;
    if (self.timer !== null || self.sending) {
      return;
    }
    self.timer = setTimeout(function () {
      self.timer = null;
      self.send(false);
    }, self.config.autoCommitMillis);
  };

  /** The page is going: whatever is not yet acknowledged goes now, and the session ends. */
  Session.prototype.leaving = function () {
    if (this.state !== 'running' || this.refused) {
      return;
    }
    this.finished = true;
    this.state = 'terminated';
    var body = this.body(true);
    try {
      fetch(this.config.commitUrl, {
        method: 'POST',
        headers: {'Content-Type': 'text/plain'},
        body: JSON.stringify(body),
        credentials: 'omit',
        keepalive: true
      });
    } catch (ignored) {
      // too large to send as the page closes; what was sent before is kept
    }
  };

  function api12(s) {
    function error(code, result) {
      s.lastError = code;
      return result;
    }
    return {
      LMSInitialize: function (arg) {
        if (arg !== '' && arg !== undefined) {
          return error('201', 'false');
        }
        if (s.state !== 'new') {
          return error('101', 'false');
        }
        s.state = 'running';
        s.started = Date.now();
        s.tell('started');
        return error('0', 'true');
      },
      LMSFinish: function (arg) {
        if (arg !== '' && arg !== undefined) {
          return error('201', 'false');
        }
        if (s.state !== 'running') {
          return error('301', 'false');
        }
        s.state = 'terminated';
        s.finished = true;
        s.send(true);
        return error('0', 'true');
      },
      LMSGetValue: function (element) {
        if (s.state !== 'running') {
          return error('301', '');
        }
        var r = s.model.get(element);
        return error(r.error, r.value);
      },
      LMSSetValue: function (element, value) {
        if (s.state !== 'running') {
          return error('301', 'false');
        }
        var code = s.model.set(element, value);
        if (code === '0') {
          s.pending[element] = String(value);
          s.changed();
          return error('0', 'true');
        }
        return error(code, 'false');
      },
      LMSCommit: function (arg) {
        if (arg !== '' && arg !== undefined) {
          return error('201', 'false');
        }
        if (s.state !== 'running') {
          return error('301', 'false');
        }
        s.send(false);
        return error('0', 'true');
      },
      LMSGetLastError: function () {
        return s.lastError;
      },
      LMSGetErrorString: function (code) {
        return TEXT_12[code] || TEXT[code] || '';
      },
      LMSGetDiagnostic: function (code) {
        var c = code === '' || code === undefined ? s.lastError : code;
        return TEXT_12[c] || TEXT[c] || '';
      }
    };
  }

  function api2004(s) {
    function error(code, result) {
      s.lastError = code;
      return result;
    }
    return {
      Initialize: function (arg) {
        if (arg !== '') {
          return error('201', 'false');
        }
        if (s.state === 'running') {
          return error('103', 'false');
        }
        if (s.state === 'terminated') {
          return error('104', 'false');
        }
        s.state = 'running';
        s.started = Date.now();
        s.tell('started');
        return error('0', 'true');
      },
      Terminate: function (arg) {
        if (arg !== '') {
          return error('201', 'false');
        }
        if (s.state === 'new') {
          return error('112', 'false');
        }
        if (s.state === 'terminated') {
          return error('113', 'false');
        }
        s.state = 'terminated';
        s.finished = true;
        s.send(true);
        var nav = s.model.values['adl.nav.request'];
        if (nav && nav !== '_none_') {
          s.tell('navigate', {request: nav});
        }
        return error('0', 'true');
      },
      GetValue: function (element) {
        if (s.state === 'new') {
          return error('122', '');
        }
        if (s.state === 'terminated') {
          return error('123', '');
        }
        var r = s.model.get(element);
        return error(r.error, r.value);
      },
      SetValue: function (element, value) {
        if (s.state === 'new') {
          return error('132', 'false');
        }
        if (s.state === 'terminated') {
          return error('133', 'false');
        }
        var code = s.model.set(element, value);
        if (code === '0') {
          s.pending[element] = String(value);
          s.changed();
          return error('0', 'true');
        }
        return error(code, 'false');
      },
      Commit: function (arg) {
        if (arg !== '') {
          return error('201', 'false');
        }
        if (s.state === 'new') {
          return error('142', 'false');
        }
        if (s.state === 'terminated') {
          return error('143', 'false');
        }
        s.send(false);
        return error('0', 'true');
      },
      GetLastError: function () {
        return s.lastError;
      },
      GetErrorString: function (code) {
        return TEXT_2004[code] || TEXT[code] || '';
      },
      GetDiagnostic: function (code) {
        var c = code === '' || code === undefined ? s.lastError : code;
        return TEXT_2004[c] || TEXT[c] || '';
      }
    };
  }

  global.CcioScorm = {
    Model: Model,
    /** Called with the launch's configuration: the rules, the values, where to commit. */
    start: function (config) {
      var session = new Session(config);
      if (config.rules.version === '1.2') {
        global.API = api12(session);
      } else {
        global.API_1484_11 = api2004(session);
      }
      global.addEventListener('pagehide', function () {
        session.leaving();
      });
      return session;
    }
  };
})(window);
