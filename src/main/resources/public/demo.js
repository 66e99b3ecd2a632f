// The demo page's one behaviour: the call-to-action button opens the widget.
document.getElementById('chat-cta').addEventListener('click', function () {
  if (window.DoyakWidget) {
    window.DoyakWidget.open();
  }
});
