// The library works as a normal form; with JavaScript, results and counts update as you click.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("[data-bibliotheek]");
  if (!form) return;
  let controller = null;

  async function vernieuw() {
    const params = new URLSearchParams(new FormData(form));
    const url = `${window.location.pathname}?${params}`;
    params.set("fragment", "1");
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`${window.location.pathname}?${params}`, {
        signal: controller.signal,
        headers: { "X-Requested-With": "fetch" },
      });
      if (!response.ok) return;
      const html = new DOMParser().parseFromString(await response.text(), "text/html");
      const nieuw = html.getElementById("resultaten");
      if (nieuw) document.getElementById("resultaten").replaceWith(nieuw);
      html.querySelectorAll(".facet__telling").forEach((telling) => {
        const oud = document.getElementById(telling.id);
        if (oud) oud.textContent = telling.textContent;
      });
      window.history.replaceState(null, "", url);
    } catch (error) {
      if (error.name !== "AbortError") form.submit();
    }
  }

  form.addEventListener("change", vernieuw);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    vernieuw();
  });
});
