// Copy buttons for the texts to paste into LinkedIn's form. Without JavaScript the
// buttons stay hidden and the texts remain selectable.
document.querySelectorAll("button[data-copy]").forEach(function (button) {
  if (!navigator.clipboard) return;
  button.hidden = false;
  var label = button.textContent;
  button.addEventListener("click", function () {
    var field = document.getElementById(button.dataset.copy);
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.dataset.copied || "✓";
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  });
});

// After a validation error, move focus to the summary (the autofocus attribute does the
// same without JavaScript, but browsers skip it once the member has interacted).
var summary = document.getElementById("error-summary");
if (summary) summary.focus();
