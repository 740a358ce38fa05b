import boto3
import sqlite3
from moto import mock_aws

from storage.db import connect


@mock_aws
def test_upload_records_owner():
    s3 = boto3.client("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="uploads")
    iam = boto3.client("iam", region_name="us-east-1")
    iam.create_user(UserName="uploader")
    conn = connect()
    conn.execute("INSERT INTO owners (id, email) VALUES (7, 'owner@example.com')")
