"""The Qt desktop window. The only package (with briefing/app.py) that imports Qt."""
