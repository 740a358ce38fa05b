import { test, expect } from '@playwright/test'

test('shows an error for a mismatched confirmation', async ({ page }) => {
	await page.goto('/signup')
	await page.fill('[data-testid="email-input"]', 'test@example.com')
	await page.fill('[data-testid="password-input"]', 'Password123!')
	// Clicking the heading blurs the field and runs validation; nothing is sent.
	await page.click('h1:has-text("Create Your Account")')
	await page.getByRole('heading', { name: 'Create Your Account' }).click()
	await expect(page.locator('button[type="submit"]')).toBeDisabled()
})

test('logs in as the shared demo account', async ({ page }) => {
	await page.goto('/login')
	await page.fill('[data-testid="email-input"]', 'demo@example.com')
	await page.click('h1:has-text("Welcome back")')
	await page.fill('[data-testid="password-input"]', 'Password123!')
	await page.click('button[type="submit"]')
	await expect(page).toHaveURL('/notes')
})
