import mimetypes
print(len(mimetypes.types_map), mimetypes.inited, mimetypes.types_map['.html'])
print(mimetypes.guess_type('a.html'), mimetypes.guess_type('x.tar.gz'), mimetypes.guess_type('x.json'), mimetypes.guess_extension('text/plain'), mimetypes.guess_all_extensions('image/jpeg'), mimetypes.guess_type('http://x.com/a.png?q=1'), mimetypes.guess_type('data:text/plain;base64,xx'), mimetypes.guess_type('data:,x'), mimetypes.guess_type('x.unknownext'), mimetypes.guess_type('X.PY'), mimetypes.guess_type('a.tgz'), mimetypes.guess_type('a.svgz'), mimetypes.guess_type('a.rtf'), mimetypes.guess_type('a.rtf', strict=False))
print(len(mimetypes.types_map), mimetypes.inited, len(mimetypes.common_types), sorted(mimetypes.encodings_map.items()))
for t in ['application/json', 'text/html', 'image/png', 'video/mp4', 'application/pdf', 'text/csv', 'application/zip', 'audio/mpeg', 'application/octet-stream', 'text/x-python', 'nonexistent/type', 'IMAGE/PNG']:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_all_extensions(t)[:6], mimetypes.guess_extension(t, strict=False))
for name in ['report.pdf', 'photo.JPG', 'archive.tar.bz2', 'data.csv', 'script.js', 'style.css', 'page.xhtml', 'song.mp3', 'movie.mkv', 'font.woff2', 'img.webp', 'doc.docx', 'x.wasm', 'noext', '.bashrc', 'a.b.c.txt', 'x.xz', 'x.Z']:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
mimetypes.add_type('application/x-custom', '.cust'); print(mimetypes.guess_type('f.cust'), mimetypes.guess_extension('application/x-custom'))
m = mimetypes.MimeTypes(); print(m.guess_type('a.cust'), len(m.types_map[True]), m.guess_extension('text/plain'))
print(mimetypes.read_mime_types('/nonexistent'), len(mimetypes.read_mime_types('/etc/mime.types')) > 100)
