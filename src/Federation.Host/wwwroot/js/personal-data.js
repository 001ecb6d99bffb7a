// "Show" beside a masked personal field: asks the record's show endpoint, which checks the
// permission and logs the access, and puts the full value in place of the mask.
(function () {
    document.addEventListener("click", async function (event) {
        var button = event.target.closest("[data-reveal]");
        if (!button) return;
        event.preventDefault();
        var target = button.parentElement.querySelector("[data-personal-value]");
        button.disabled = true;
        try {
            var response = await fetch(button.dataset.reveal, { headers: { "Accept": "application/json" }, credentials: "same-origin" });
            if (!response.ok) throw new Error(String(response.status));
            var shown = await response.json();
            if (target) target.textContent = shown.value || "—";
            button.remove();
        } catch (e) {
            button.textContent = button.dataset.failed;
        }
    });
})();
