import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings

MEDIA_DIR = "/tmp/shop-media"
APP = "shop"
EXPORT_FILE = Path(tempfile.gettempdir()) / "shop-exports" / "orders.csv"


@override_settings(MEDIA_ROOT=MEDIA_DIR)
class FixedMediaUploadTests(TestCase):
    def setUp(self):
        os.makedirs(MEDIA_DIR, exist_ok=True)

    def tearDown(self):
        shutil.rmtree(MEDIA_DIR, ignore_errors=True)

    def test_avatar_upload(self):
        upload = SimpleUploadedFile("avatar.png", b"\x89PNG", content_type="image/png")
        response = self.client.post("/profile/avatar/", {"avatar": upload})
        self.assertEqual(response.status_code, 302)
        self.assertTrue(os.path.exists(MEDIA_DIR))


@override_settings(MEDIA_ROOT=tempfile.mkdtemp(prefix="shop-media-"))
class TempMediaUploadTests(TestCase):
    def tearDown(self):
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)

    def test_invoice_upload(self):
        upload = SimpleUploadedFile("invoice.pdf", b"%PDF-1.4")
        response = self.client.post("/invoices/", {"file": upload})
        self.assertEqual(response.status_code, 201)


class SettingsContextTests(TestCase):
    def test_media_in_context_manager(self):
        media = tempfile.mkdtemp()
        with self.settings(MEDIA_ROOT=media):
            Path(media, "thumb.png").write_bytes(b"\x89PNG")
        shutil.rmtree(media)

    def test_export_to_shared_tmp(self):
        EXPORT_FILE.parent.mkdir(parents=True, exist_ok=True)
        EXPORT_FILE.write_text("id,total\n")
        self.assertTrue(EXPORT_FILE.exists())

    def test_sqlite_report_db(self):
        db_path = f"/tmp/{APP}-report.sqlite3"
        conn = sqlite3.connect(db_path)
        conn.close()

    def test_private_report_db(self):
        workdir = tempfile.mkdtemp()
        conn = sqlite3.connect(os.path.join(workdir, "report.sqlite3"))
        conn.close()


def test_media_with_settings_fixture(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.txt").write_text("a")
