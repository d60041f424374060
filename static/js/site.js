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

// A page made from posted answers (the letters, the details shown again) is a POST result:
// going back or forward to it would ask to resubmit the form. So the answers move into this
// history entry's state, which the browser keeps with the entry, as it kept the posted form,
// and forgets with it; nothing is kept anywhere else. Coming back, the page posts them again.
var repost = document.getElementById("repost");
var answers = document.querySelector("form[data-posted]");
function keepAnswers() {
  var fields = [];
  new FormData(answers).forEach(function (value, name) {
    if (name !== "csrfmiddlewaretoken") fields.push([name, value]);
  });
  history.replaceState({ answers: fields }, "", location.href);
}
if (repost && window.history && history.state && history.state.answers) {
  history.state.answers.forEach(function (field) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = field[0];
    input.value = field[1];
    repost.appendChild(input);
  });
  // Before the page has loaded, this navigation replaces the entry instead of adding one.
  repost.submit();
} else if (answers && window.history && history.replaceState) {
  keepAnswers();
  answers.addEventListener("change", keepAnswers);
}
