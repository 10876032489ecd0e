"""Dagster definitions, one concern per module; assembled in pipeline.definitions."""
