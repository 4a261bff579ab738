"""The review application: correct or annotate articles in the browser and save gold files."""
