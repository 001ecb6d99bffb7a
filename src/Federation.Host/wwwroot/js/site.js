// Multi-selects marked data-picker become searchable pickers (tom-select, served by the app).
document.querySelectorAll("select[data-picker]").forEach(function (select) {
    new TomSelect(select, { plugins: ["remove_button"], maxOptions: 300 });
});

// Print buttons are marked data-print rather than given an onclick, which the content security policy refuses.
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
});

// "/" focuses the shell's search box, unless the user is typing in a field already.
document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.querySelector("[data-search-shortcut]");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
});
