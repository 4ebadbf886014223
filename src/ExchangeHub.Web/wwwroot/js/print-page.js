// The printable application: a button that opens the browser's print dialog (without JavaScript, people use the
// browser's own print command, as the page says).
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
