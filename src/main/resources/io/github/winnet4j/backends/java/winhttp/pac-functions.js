// The standard PAC helper functions (Netscape's proxy auto-config specification), written for
// winnet4j's java backend. dnsResolve and myIpAddress are provided by the host (Java).
function isPlainHostName(host) {
    return String(host).indexOf('.') < 0 && String(host).indexOf(':') < 0;
}
function dnsDomainIs(host, domain) {
    host = String(host).toLowerCase();
    domain = String(domain).toLowerCase();
    return host.length >= domain.length && host.substring(host.length - domain.length) === domain;
}
function localHostOrDomainIs(host, hostdom) {
    host = String(host).toLowerCase();
    hostdom = String(hostdom).toLowerCase();
    return host === hostdom || (host.indexOf('.') < 0 && hostdom.indexOf(host + '.') === 0);
}
function isResolvable(host) {
    return dnsResolve(host) !== null;
}
function dnsDomainLevels(host) {
    return String(host).split('.').length - 1;
}
function __ipv4ToNumber(ip) {
    var parts = String(ip).split('.');
    if (parts.length !== 4) {
        return null;
    }
    var n = 0;
    for (var i = 0; i < 4; i++) {
        if (!/^\d{1,3}$/.test(parts[i]) || Number(parts[i]) > 255) {
            return null;
        }
        n = n * 256 + Number(parts[i]);
    }
    return n;
}
function isInNet(host, pattern, mask) {
    var ip = __ipv4ToNumber(host) === null ? dnsResolve(host) : String(host);
    if (ip === null) {
        return false;
    }
    var a = __ipv4ToNumber(ip), p = __ipv4ToNumber(pattern), m = __ipv4ToNumber(mask);
    if (a === null || p === null || m === null) {
        return false;
    }
    for (var i = 0; i < 4; i++) {
        var d = Math.pow(256, 3 - i);
        var ab = Math.floor(a / d) % 256, pb = Math.floor(p / d) % 256, mb = Math.floor(m / d) % 256;
        if ((ab & mb) !== (pb & mb)) {
            return false;
        }
    }
    return true;
}
function shExpMatch(str, shexp) {
    var re = String(shexp).replace(/[.+^${}()|[\]\\\/]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp('^' + re + '$').test(String(str));
}
function convert_addr(ip) {
    return __ipv4ToNumber(ip);
}
var __days = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
var __months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
function __now(args) {
    var gmt = args.length > 0 && args[args.length - 1] === 'GMT';
    var d = new Date();
    return {
        gmt: gmt,
        day: gmt ? d.getUTCDay() : d.getDay(),
        date: gmt ? d.getUTCDate() : d.getDate(),
        month: gmt ? d.getUTCMonth() : d.getMonth(),
        year: gmt ? d.getUTCFullYear() : d.getFullYear(),
        minutes: (gmt ? d.getUTCHours() : d.getHours()) * 60 + (gmt ? d.getUTCMinutes() : d.getMinutes()),
        seconds: ((gmt ? d.getUTCHours() : d.getHours()) * 60 + (gmt ? d.getUTCMinutes() : d.getMinutes())) * 60
            + (gmt ? d.getUTCSeconds() : d.getSeconds())
    };
}
function __between(value, low, high) {
    return low <= high ? value >= low && value <= high : value >= low || value <= high;
}
function weekdayRange() {
    var args = Array.prototype.slice.call(arguments);
    var now = __now(args);
    if (now.gmt) {
        args.pop();
    }
    var a = __days.indexOf(String(args[0]).toUpperCase());
    var b = args.length > 1 ? __days.indexOf(String(args[1]).toUpperCase()) : a;
    return a >= 0 && b >= 0 && __between(now.day, a, b);
}
function dateRange() {
    var args = Array.prototype.slice.call(arguments);
    var now = __now(args);
    if (now.gmt) {
        args.pop();
    }
    function value(arg, kind) {
        if (typeof arg === 'string' && __months.indexOf(arg.toUpperCase()) >= 0) {
            return {kind: 'month', v: __months.indexOf(arg.toUpperCase())};
        }
        var n = Number(arg);
        return n > 31 ? {kind: 'year', v: n} : {kind: 'date', v: n};
    }
    function current(kind) {
        return kind === 'month' ? now.month : kind === 'year' ? now.year : now.date;
    }
    var vals = args.map(value);
    if (vals.length === 1) {
        return current(vals[0].kind) === vals[0].v;
    }
    var half = vals.length / 2;
    var low = 0, high = 0, cur = 0;
    for (var i = 0; i < half; i++) {
        var k = vals[i].kind;
        var w = k === 'year' ? 10000 : k === 'month' ? 100 : 1;
        low += vals[i].v * w;
        high += vals[i + half].v * w;
        cur += current(k) * w;
    }
    return __between(cur, low, high);
}
function timeRange() {
    var args = Array.prototype.slice.call(arguments);
    var now = __now(args);
    if (now.gmt) {
        args.pop();
    }
    var n = args.map(Number);
    if (n.length === 1) {
        return Math.floor(now.minutes / 60) === n[0];
    }
    if (n.length === 2) {
        return __between(Math.floor(now.minutes / 60), n[0], n[1] - 1);
    }
    if (n.length === 4) {
        return __between(now.minutes, n[0] * 60 + n[1], n[2] * 60 + n[3] - 1);
    }
    if (n.length === 6) {
        return __between(now.seconds, (n[0] * 60 + n[1]) * 60 + n[2], (n[3] * 60 + n[4]) * 60 + n[5]);
    }
    return false;
}
function alert(message) {
}
