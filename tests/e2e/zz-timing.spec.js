import { test, expect, openAt } from './fixtures.js';
const cases = {
  h4: '# h\n'.repeat(4000), h8: '# h\n'.repeat(8000), h16: '# h\n'.repeat(16000), h24: '# h\n'.repeat(24000),
  t4: '# P\n\n## S\n\n' + '- [ ] a\n'.repeat(4000), t8: '# P\n\n## S\n\n' + '- [ ] a\n'.repeat(8000), t16: '# P\n\n## S\n\n' + '- [ ] a\n'.repeat(16000), t24: '# P\n\n## S\n\n' + '- [ ] a\n'.repeat(24000),
};
for (const [name, text] of Object.entries(cases)) {
  test(`timing ${name}`, async ({ page }) => {
    test.setTimeout(120000);
    await openAt(page, '2026-02-12T10:30:00');
    const t0 = Date.now();
    await page.getByLabel('Import a plan file').setInputFiles({ name: `${name}.md`, mimeType: 'text/markdown', buffer: Buffer.from(text) });
    await expect(page.getByTestId('import-preview').or(page.getByTestId('alert')).first()).toBeVisible({ timeout: 60000 });
    const t1 = Date.now();
    const preview = await page.getByTestId('import-preview').count();
    let t2 = t1;
    if (preview) {
      await page.getByTestId('import-preview').getByRole('button', { name: 'Replace' }).click();
      await expect(page.getByTestId('import-preview')).toHaveCount(0, { timeout: 60000 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
      t2 = Date.now();
    }
    console.log(name, text.length, 'preview', t1 - t0, 'replace', t2 - t1, preview ? '' : await page.getByTestId('alert').innerText());
  });
}
