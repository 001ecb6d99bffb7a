// While an import runs, its page asks the API how far it has got once a second and reloads
// when the job ends, so the report appears without the user pressing anything.
(function () {
    const box = document.querySelector('[data-poll]');
    if (!box) return;
    const bar = box.querySelector('[data-progress-bar]');
    const text = box.querySelector('[data-progress-text]');
    const template = text.textContent.replace(/\d+/, '{0}').replace(/\d+(?!.*\d)/, '{1}');
    async function poll() {
        try {
            const response = await fetch(box.dataset.poll, { headers: { 'Accept': 'application/json' } });
            if (response.ok) {
                const job = await response.json();
                if (job.state !== 'queued' && job.state !== 'running') { window.location.reload(); return; }
                const total = job.rowsInFile || 0;
                const percent = total === 0 ? 0 : Math.min(100, Math.floor(job.rowsRead * 100 / total));
                bar.style.width = percent + '%';
                bar.parentElement.setAttribute('aria-valuenow', String(percent));
                text.textContent = template.replace('{0}', job.rowsRead).replace('{1}', total);
            }
        } catch (e) {
            // A missed poll is retried at the next tick.
        }
        setTimeout(poll, 1000);
    }
    setTimeout(poll, 1000);
})();
