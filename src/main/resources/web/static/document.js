// Brings the marked evidence into view (the #evidence anchor does it too; this also centres it).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var mark = document.getElementById('evidence');
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      mark.classList.add('focused');
    }
  });
}());
